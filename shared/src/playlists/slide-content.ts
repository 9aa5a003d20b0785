import type { PlaylistItem } from '../schemas/playlist';

/**
 * What a slide drawn by the player's renderer shows, as one canonical string: the fields that change
 * the picture, in a fixed order, and nothing else (not the title, the duration, the schedule or the
 * tags). Its SHA-256, taken at the edges, keys the slide's picture for the report's evidence, so an
 * item keeps its picture through every version where it looks the same and gets a new one when it
 * changes. Images and videos have their own pictures (the file, the poster frame): null.
 */
export function slideContent(item: PlaylistItem): string | null {
  switch (item.kind) {
    case 'video':
    case 'image':
      return null;
    case 'text':
      return JSON.stringify([item.kind, item.heading, item.body]);
    case 'ticker':
      return JSON.stringify([item.kind, item.text]);
    case 'procedure':
      return JSON.stringify([item.kind, item.procedureCode]);
    case 'qr':
      return JSON.stringify([item.kind, item.url, item.caption, item.ecLevel]);
    case 'survey_results':
      return JSON.stringify([item.kind, item.period, item.minAnswers]);
    case 'emergency':
      return JSON.stringify([item.kind, item.text, item.severity]);
    // Live figures, like the satisfaction slide: the picture shows the slide as it looked when drawn.
    case 'dossiers_ready':
      return JSON.stringify([item.kind, item.perPage]);
    case 'dossier_results':
      return JSON.stringify([item.kind, item.showCommunes]);
  }
}
