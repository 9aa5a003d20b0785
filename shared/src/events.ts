/**
 * Typed socket.io contracts. One map per direction and per client kind, so a kiosk cannot send a
 * screen's events. Every payload has a zod schema; the server parses before a handler runs.
 */
import * as z from 'zod/mini';
import type { Ack } from './schemas/common';
import { IdSchema, InstantSchema } from './schemas/common';
import { type Device, HeartbeatSchema, PlayingSchema, type ScreenshotSchema } from './schemas/device';
import type { DossierFeedStatus, DossierScreenUpdate } from './schemas/dossier';
import type { Emergency } from './schemas/emergency';
import { type ImpressionBatchResult, ImpressionBatchSchema, ImpressionSummaryBatchSchema } from './schemas/impression';
import type { PlaylistPushSchema } from './schemas/bootstrap';

export type AckFn<T> = (result: Ack<T>) => void;

/** What the server sends with a version: the server clock, so players can correct a wrong TV clock. */
export type PlaylistPush = z.infer<typeof PlaylistPushSchema>;
/** A push as it travels: without the fields equal to their defaults (withoutDefaults), which the player's parse restores. */
export type PlaylistPushOnWire = z.input<typeof PlaylistPushSchema>;

export const PlaylistAckSchema = PlayingSchema;
export const ClientEventSchemas = {
  'playlist:ack': PlaylistAckSchema,
  'impression:batch': ImpressionBatchSchema,
  'impression:summary': ImpressionSummaryBatchSchema,
  'device:heartbeat': HeartbeatSchema,
  'clock:sync': z.strictObject({ clientTime: InstantSchema }),
} as const;

export interface DeviceServerToClient {
  'playlist:update': (push: PlaylistPushOnWire) => void;
  'emergency:update': (active: Emergency[]) => void;
  'device:reload': () => void;
  /** Asks for a thumbnail of the current frame, for the console's screen wall. */
  'device:screenshot': (ack: AckFn<z.input<typeof ScreenshotSchema>>) => void;
  'device:revoked': () => void;
  'catalogue:changed': (p: { at: string }) => void;
  'survey:updated': (p: { centreId: string }) => void;
  /** The centre's ready list as it now stands, after a connector brought changes (or the feed went stale). */
  'dossiers:updated': (p: DossierScreenUpdate) => void;
}

export interface DeviceClientToServer {
  /** Fire-and-forget: a reply would double the writes of every publish, and a lost ack is re-sent on reconnect. */
  'playlist:ack': (p: z.input<typeof PlaylistAckSchema>) => void;
  'impression:batch': (p: z.input<typeof ImpressionBatchSchema>, ack: AckFn<ImpressionBatchResult>) => void;
  /** Showings folded while the player was offline past its queue's bound; idempotent by summary id. */
  'impression:summary': (p: z.input<typeof ImpressionSummaryBatchSchema>, ack: AckFn<ImpressionBatchResult>) => void;
  'device:heartbeat': (p: z.input<typeof HeartbeatSchema>, ack: AckFn<null>) => void;
  'clock:sync': (p: { clientTime: string }, ack: AckFn<{ serverTime: string }>) => void;
}

export const StaffSubscribeSchema = z.strictObject({ centreId: z.nullable(IdSchema) });

export interface StaffServerToClient {
  'device:state': (d: Device) => void;
  'playlist:changed': (p: { playlistId: string; revision: number; by: string }) => void;
  'playlist:published': (p: { playlistId: string; version: number; by: string }) => void;
  'device:screenshot': (p: { deviceId: string; takenAt: string }) => void;
  /** A centre's dossier feed changed health (went stale, a pull failed or recovered): the screen wall shows it. */
  'dossier:feed': (p: DossierFeedStatus) => void;
}

export interface StaffClientToServer {}

export interface SocketData {
  principal: { kind: 'device'; deviceId: string; centreId: string; group: string | null } | { kind: 'staff'; userId: string; username: string; sessionHash: string; expiresAt: string };
}
