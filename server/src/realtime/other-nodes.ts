import type { Logger } from 'pino';
import * as z from 'zod/mini';
import type { DeviceIo, StaffNamespace } from './io';
import type { Presence } from './presence';

const IdsSchema = z.array(z.string());
/** The adapter's timeout error carries the replies that did arrive. */
const TimedOutSchema = z.object({ responses: z.array(z.unknown()) });
/** How often a node asks whether the others have a console open; a node's first console says so at once. */
const CONSOLES_REFRESH_MS = 10_000;

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

  constructor(
    private readonly io: DeviceIo,
    private readonly staff: StaffNamespace,
    private readonly log: Logger,
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
  }

  /** Of these devices, those with a socket on another node. */
  async devicesAmong(deviceIds: string[]): Promise<string[]> {
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

  /** Answer the others' questions from this node's presence, and reload the catalogue when told. */
  answer(presence: Presence, reloadCatalogue: () => Promise<void>): void {
    this.io.on('presence:ask', (deviceIds, reply) => reply(presence.here(IdsSchema.safeParse(deviceIds).data ?? [])));
    this.io.on('catalogue:changed', () => {
      reloadCatalogue().catch((err: unknown) => this.log.error({ err }, 'could not reload the catalogue another node imported'));
    });
  }

  stop(): void {
    clearInterval(this.timer);
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
