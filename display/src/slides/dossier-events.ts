/**
 * The server's `dossiers:updated` push, handed to the ready-list slide on air as it came: the slide
 * (loaded with its first showing) parses it, so the player's own script carries no dossier schema.
 */
export const DOSSIERS_UPDATED = 'hcc:dossiers-updated';

export const announceDossiers = (payload: unknown): void => void window.dispatchEvent(new CustomEvent(DOSSIERS_UPDATED, { detail: payload }));
