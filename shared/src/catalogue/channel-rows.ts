import { CHANNEL_LABELS, type Procedure } from '../schemas/procedure';

/** What the citizen reads when the catalogue has no figure: the rule exists, just not in the data. */
export const UNKNOWN_TERM = 'Theo quy định';

/** The channel × time × fee table as display rows, for the kiosk page and the TV spotlight alike. */
export function channelRows(p: Pick<Procedure, 'channels'>): { channel: string; time: string; fee: string }[] {
  return p.channels.map((c) => ({ channel: CHANNEL_LABELS[c.kind], time: c.time ?? UNKNOWN_TERM, fee: c.fee ?? UNKNOWN_TERM }));
}
