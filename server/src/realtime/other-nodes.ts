import type { Logger } from 'pino';
import * as z from 'zod/mini';
import type { DeviceIo, StaffNamespace } from './io';
import type { Presence } from './presence';

const IdsSchema = z.array(z.string());
/** The adapter's timeout error carries the replies that did arrive. */
const TimedOutSchema = z.object({ responses: z.array(z.unknown()) });
/** How often a node asks whether the others have a console open; a node's first console says so at once. */
const CONSOLES_REFRESH_MS = 10_000;
/** A silence of this many heartbeats (config NODE_HEARTBEAT_MS) declares a node dead. */
const DEAD_AFTER_BEATS = 3;
/** Two beats missed: not yet dead, but not worth the adapter's 5 s wait for an answer. */
const SILENT_AFTER_BEATS = 2;

/**
 * Everything this node asks and tells the other nodes of its deployment, through the adapter's
 * server-side events. It exists only when there are other nodes (REDIS_URL). A node that does not
 * answer within the adapter's 5 s (stopping, or cut off from Redis) is left out of the answers.
 * State over time (whether a console is open elsewhere, the timer that asks), hence a class.
 */
export class OtherNodes {
  /** True until an answer says otherwise: announcing to nobody costs less than missing a console. */
  private consolesOpen = true;
  private consoleOpenedAt = 0;
  private readonly timer: NodeJS.Timeout;
  private readonly heartbeat: NodeJS.Timeout;
  /** Other nodes by id, with when each was last heard. */
  private readonly lastHeard = new Map<string, number>();
  /** Nodes already declared dead, kept until heard again so that none is declared twice. */
  private readonly dead = new Set<string>();
  private lastBeatAt = Date.now();
  private nodeLost: (nodeId: string) => Promise<void> = async () => undefined;

  constructor(
    private readonly io: DeviceIo,
    private readonly staff: StaffNamespace,
    private readonly log: Logger,
    private readonly nodeId: string,
    private readonly heartbeatMs: number,
  ) {
    staff.on('connection', () => {
      if (staff.sockets.size === 1) io.serverSideEmit('consoles:opened');
    });
    io.on('consoles:opened', () => {
      this.consolesOpen = true;
      this.consoleOpenedAt = Date.now();
    });
    io.on('consoles:ask', (reply) => reply(staff.sockets.size > 0));
    this.timer = setInterval(() => void this.refreshConsoles(), CONSOLES_REFRESH_MS).unref();
    void this.refreshConsoles();
    io.on('node:alive', (id) => {
      if (typeof id !== 'string' || id === this.nodeId) return;
      // A node new to this one (just started), or heard again after a silence (its link or this one's was cut),
      // hears back at once rather than at the next beat: until it does, it takes this node for silent and asks
      // it nothing, so this node's screens would show offline on its consoles for up to a beat.
      const heardAt = this.lastHeard.get(id);
      if (heardAt === undefined || Date.now() - heardAt > SILENT_AFTER_BEATS * this.heartbeatMs) this.io.serverSideEmit('node:alive', this.nodeId);
      this.lastHeard.set(id, Date.now());
      this.dead.delete(id);
    });
    this.heartbeat = setInterval(() => this.beat(), heartbeatMs).unref();
    this.beat();
  }

  /**
   * `lost` runs once for each node that falls silent: a node killed outright cannot say that its
   * screens went offline, so the survivors say it for it.
   */
  whenNodeLost(lost: (nodeId: string) => Promise<void>): void {
    this.nodeLost = lost;
  }

  private othersAllSilent(): boolean {
    const now = Date.now();
    return this.lastHeard.size > 0 && [...this.lastHeard.values()].every((at) => now - at > SILENT_AFTER_BEATS * this.heartbeatMs);
  }

  private beat(): void {
    const now = Date.now();
    // This node was itself frozen or starved (SIGSTOP, a paused VM): the silence it sees is its own
    // doing, so nobody is declared dead on it; counting starts again.
    if (now - this.lastBeatAt > DEAD_AFTER_BEATS * this.heartbeatMs) for (const id of this.lastHeard.keys()) this.lastHeard.set(id, now);
    this.lastBeatAt = now;
    this.io.serverSideEmit('node:alive', this.nodeId);
    for (const [id, heardAt] of this.lastHeard) {
      if (now - heardAt <= DEAD_AFTER_BEATS * this.heartbeatMs || this.dead.has(id)) continue;
      this.dead.add(id);
      this.log.warn({ node: id }, 'another node fell silent: its screens are shown offline');
      this.nodeLost(id).catch((err: unknown) => this.log.error({ err, node: id }, 'could not announce the screens of a node that fell silent'));
    }
  }

  /** Of these devices, those with a socket on another node. */
  async devicesAmong(deviceIds: string[]): Promise<string[]> {
    // Every other node gone silent (frozen, or dead with its Redis connection still open): nobody would
    // answer, and the adapter waits 5 s before saying so. Their screens are not reachable anyway.
    if (this.othersAllSilent()) return [];
    const { replies } = await this.ask(() => this.io.serverSideEmitWithAck('presence:ask', deviceIds), 'which devices it holds');
    return replies.flatMap((r) => IdsSchema.safeParse(r).data ?? []);
  }

  /** Whether a console is connected to another node: what this node's device announcements are for. */
  consolesListening(): boolean {
    return this.consolesOpen;
  }

  /** After an import here: the others reload their search index, then tell their own devices. */
  catalogueChanged(): void {
    this.io.serverSideEmit('catalogue:changed');
  }

  /**
   * After this node's link was cut: the others' devices missed what was broadcast here meanwhile, so
   * each of them, told, runs `resync` for its own, as this node does for its.
   */
  relinked(resync: () => void): void {
    // Said at once, not at the next beat: the others took this node for silent while its link was down.
    this.io.serverSideEmit('node:alive', this.nodeId);
    this.io.serverSideEmit('devices:resync');
    resync();
  }

  /** `resync` runs when another node says its link was cut and is back. */
  whenOtherRelinked(resync: () => void): void {
    this.io.on('devices:resync', resync);
  }

  /** Answer the others' questions from this node's presence, and reload the catalogue when told. */
  answer(presence: Presence, reloadCatalogue: () => Promise<void>): void {
    this.io.on('presence:ask', (deviceIds, reply) => reply(presence.here(IdsSchema.safeParse(deviceIds).data ?? [])));
    this.io.on('catalogue:changed', () => {
      reloadCatalogue().catch((err: unknown) => this.log.error({ err }, 'could not reload the catalogue another node imported'));
    });
  }

  stop(): void {
    clearInterval(this.timer);
    clearInterval(this.heartbeat);
  }

  private async refreshConsoles(): Promise<void> {
    const askedAt = Date.now();
    const { replies, complete } = await this.ask(() => this.io.serverSideEmitWithAck('consoles:ask'), 'whether it has a console open');
    // A console opened while the question was out is not in the answers; a silent node may have one.
    if (this.consoleOpenedAt < askedAt) this.consolesOpen = !complete || replies.some((r) => r === true);
  }

  /** The replies to a question to every other node; on a timeout, those that came. */
  private async ask(question: () => Promise<unknown[]>, what: string): Promise<{ replies: unknown[]; complete: boolean }> {
    try {
      return { replies: await question(), complete: true };
    } catch (err) {
      this.log.warn({ err }, `a node did not say ${what}`);
      return { replies: TimedOutSchema.safeParse(err).data?.responses ?? [], complete: false };
    }
  }
}
