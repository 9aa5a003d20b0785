import { randomBytes } from 'node:crypto';
import type { ServerOptions } from 'socket.io';
import { type MakeLimiter, memoryLimiter } from '../security/limits';

/**
 * What this node shares with the other nodes of a deployment beyond the database. A node alone shares
 * nothing and pays nothing for it: socket.io's in-memory adapter, presence from its own sockets.
 */
export interface Cluster {
  /** socket.io's adapter across the nodes; undefined keeps the in-memory one. */
  adapter: ServerOptions['adapter'] | undefined;
  /** Whether other nodes may hold sockets: then presence and catalogue changes are asked and told. */
  isShared: boolean;
  /**
   * The salt of the survey burst check's source hash. It must be the same on every node, or a burst
   * spread over nodes (or over a restart of one) goes unseen; and it must never be stored with the
   * hashes, or a copy of the database could match them back to addresses.
   */
  surveySalt(): Promise<string>;
  /** Rate limits counted across every node (sign-in, phone answers, pairing), so a spread-out attack is seen whole. */
  limiter: MakeLimiter;
  /** A secret every node shares, made by the first to ask; null alone (the node keeps its own). */
  sharedSecret(name: string): Promise<string | null>;
  /**
   * `relinked` runs each time this node's link to the others is whole again after a cut: broadcasts
   * made meanwhile, here or elsewhere, reached nobody across the cut. Never, on a node alone.
   */
  onRelinked(relinked: () => void): void;
  close(): Promise<void>;
}

/** One node: the salt lives in this process only and is new at every start. */
export function singleNode(): Cluster {
  const salt = randomBytes(16).toString('hex');
  return { adapter: undefined, isShared: false, surveySalt: async () => salt, limiter: memoryLimiter, sharedSecret: async () => null, onRelinked: () => undefined, close: async () => undefined };
}
