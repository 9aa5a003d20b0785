import { nextItem } from '@hcc/shared/playback/next-item';
import { toImpression } from '@hcc/shared/playback/impression';
import { evaluateSchedule } from '@hcc/shared/schedule/evaluate';
import type { Impression } from '@hcc/shared/schemas/impression';
import type { PlaylistItem, PlaylistVersion } from '@hcc/shared/schemas/playlist';

/** One of the two layers of the main zone. `n` tells apart two showings of the same item. */
export interface Slot {
  item: PlaylistItem;
  n: number;
  ready: boolean;
  /** The version the item was taken from (during a switch the two layers may differ). */
  version: PlaylistVersion;
}

export interface LoopView {
  slots: [Slot | null, Slot | null];
  /** Which slot is on screen; null shows the fallback slide. */
  front: 0 | 1 | null;
  version: PlaylistVersion | null;
}

export interface LoopEnv {
  /** Device wall clock, ms. */
  wallNow(): number;
  /** Monotonic clock, ms (performance.now). */
  monoNow(): number;
  /** Server minus device clock, ms. */
  offsetMs(): number;
  deviceId(): string | null;
  newId(): string;
  record(i: Impression): void;
  render(v: LoopView): void;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(t: unknown): void;
}

/** How long the next item may take to get its first frame ready before it is skipped as failed. */
export const PREPARE_TIMEOUT_MS = 8_000;
/** How often an empty schedule is looked at again, so a daypart that opens is picked up. */
export const IDLE_RECHECK_MS = 15_000;

interface Showing {
  slot: 0 | 1;
  n: number;
  startedWallMs: number;
  startedMono: number;
  version: PlaylistVersion;
}

/**
 * The main zone's loop with double buffering: while one layer shows an item, the other prepares the
 * next (a second video element decoding, an image decoding); the swap happens only once the next
 * layer can show its first frame, so the screen never shows black between items. An item that fails
 * or does not get ready in time is skipped and reported; an empty schedule shows the fallback slide.
 * It owns timers and state over time, hence a class; the DOM stays in the component that renders it.
 */
export class LoopController {
  private slots: [Slot | null, Slot | null] = [null, null];
  private front: 0 | 1 | null = null;
  private version: PlaylistVersion | null = null;
  private showing: Showing | null = null;
  /** The current item's time is up; swap as soon as the back layer is ready. */
  private due = false;
  private broken = new Set<string>();
  /** Items with nothing to show for now (a stale or empty feed): passed over until another item shows or the idle recheck. */
  private resting = new Set<string>();
  private counter = 0;
  private itemTimer: unknown = null;
  private prepareTimer: unknown = null;
  private idleTimer: unknown = null;

  constructor(private readonly env: LoopEnv) {}

  setVersion(v: PlaylistVersion): void {
    if (this.version && this.version.playlistId === v.playlistId && this.version.version === v.version) return;
    this.version = v;
    this.broken.clear();
    // Whatever the back layer was preparing belongs to the old version; start over from the top.
    this.due = true;
    this.prepare(this.backSlot(), null);
  }

  /** A layer's item can show its first frame. */
  ready(slot: 0 | 1, n: number): void {
    const s = this.slots[slot];
    if (!s || s.n !== n || s.ready) return;
    s.ready = true;
    this.env.clearTimer(this.prepareTimer);
    this.emit();
    if (slot !== this.front && this.due) this.swap();
  }

  /** The front item finished by itself (a video reached its end). */
  ended(slot: 0 | 1, n: number): void {
    if (slot === this.front && this.slots[slot]?.n === n) this.timeUp();
  }

  failed(slot: 0 | 1, n: number): void {
    const s = this.slots[slot];
    if (!s || s.n !== n) return;
    this.broken.add(s.item.id);
    if (slot === this.front) {
      this.close('failed');
      this.timeUp();
      return;
    }
    // It never showed: record the failure with no duration, and prepare the one after it instead.
    this.recordNever(s.item);
    this.prepare(slot, s.item.id);
  }

  /**
   * The layer's item has nothing to show right now (the dossier list's feed is stale or empty): it is
   * passed over without a failure or an impression, and tried again on a later round of the loop.
   */
  skipped(slot: 0 | 1, n: number): void {
    const s = this.slots[slot];
    if (!s || s.n !== n) return;
    this.resting.add(s.item.id);
    if (slot === this.front) {
      this.close('interrupted');
      this.timeUp();
      return;
    }
    this.prepare(slot, s.item.id);
  }

  dispose(): void {
    this.close('interrupted');
    for (const t of [this.itemTimer, this.prepareTimer, this.idleTimer]) this.env.clearTimer(t);
  }

  private backSlot(): 0 | 1 {
    return this.front === 0 ? 1 : 0;
  }

  private loop(): PlaylistItem[] {
    return this.version ? evaluateSchedule(this.version.items, this.env.wallNow() + this.env.offsetMs()).main : [];
  }

  /** Put the item after `afterId` into a layer and give it a bounded time to get ready. */
  private prepare(slot: 0 | 1, afterId: string | null): void {
    this.env.clearTimer(this.prepareTimer);
    const next = nextItem(this.loop(), afterId, this.resting.size ? new Set([...this.broken, ...this.resting]) : this.broken);
    if (!next || !this.version) {
      this.slots[slot] = null;
      if (this.due) this.goIdle();
      this.emit();
      return;
    }
    this.counter += 1;
    const n = this.counter;
    this.slots[slot] = { item: next, n, ready: false, version: this.version };
    this.emit();
    this.prepareTimer = this.env.setTimer(() => this.failed(slot, n), PREPARE_TIMEOUT_MS);
  }

  private timeUp(): void {
    this.env.clearTimer(this.itemTimer);
    this.due = true;
    let back = this.slots[this.backSlot()];
    // The schedule may have moved on while this item played (a daypart ended): re-pick if so.
    if (back && !this.loop().some((i) => i.id === back?.item.id)) {
      this.prepare(this.backSlot(), this.slots[this.front ?? 0]?.item.id ?? null);
      back = this.slots[this.backSlot()];
    }
    if (back?.ready) this.swap();
    else if (!back) this.prepare(this.backSlot(), this.slots[this.front ?? 0]?.item.id ?? null);
    // Otherwise the back layer is still preparing: the current frame stays up until it is ready.
  }

  private swap(): void {
    const back = this.backSlot();
    const s = this.slots[back];
    if (!s?.ready) return;
    this.close('completed');
    this.env.clearTimer(this.idleTimer);
    const old = this.front;
    this.front = back;
    this.due = false;
    this.showing = { slot: back, n: s.n, startedWallMs: this.env.wallNow(), startedMono: this.env.monoNow(), version: s.version };
    this.itemTimer = this.env.setTimer(() => this.timeUp(), s.item.durationMs);
    if (old !== null) this.slots[old] = null;
    // Another item is on air: what rested may have something to show by its next turn.
    this.resting.clear();
    this.emit();
    // Prepare the following item in the layer just left.
    this.prepare(old ?? (back === 0 ? 1 : 0), s.item.id);
  }

  private goIdle(): void {
    this.close('completed');
    if (this.front !== null) this.slots[this.front] = null;
    this.front = null;
    this.env.clearTimer(this.idleTimer);
    this.idleTimer = this.env.setTimer(() => {
      this.resting.clear();
      this.prepare(0, null);
    }, IDLE_RECHECK_MS);
  }

  /** End the current showing, if any, as a proof-of-play record. */
  private close(reason: Impression['reason']): void {
    const s = this.showing;
    const deviceId = this.env.deviceId();
    this.showing = null;
    if (!s || !deviceId) return;
    const item = this.slots[s.slot];
    if (!item || item.n !== s.n) return;
    // A version change cuts the item short: that is "preempted", not "completed".
    const why = reason === 'completed' && s.version !== this.version ? 'preempted' : reason;
    this.env.record(
      toImpression({
        id: this.env.newId(),
        deviceId,
        itemId: item.item.id,
        playlistId: s.version.playlistId,
        playlistVersion: s.version.version,
        startedWallMs: s.startedWallMs,
        startedMono: s.startedMono,
        endedMono: this.env.monoNow(),
        offsetMs: this.env.offsetMs(),
        reason: why,
      }),
    );
  }

  private recordNever(item: PlaylistItem): void {
    const deviceId = this.env.deviceId();
    if (!deviceId || !this.version) return;
    const now = this.env.monoNow();
    this.env.record(
      toImpression({
        id: this.env.newId(),
        deviceId,
        itemId: item.id,
        playlistId: this.version.playlistId,
        playlistVersion: this.version.version,
        startedWallMs: this.env.wallNow(),
        startedMono: now,
        endedMono: now,
        offsetMs: this.env.offsetMs(),
        reason: 'failed',
      }),
    );
  }

  private emit(): void {
    this.env.render({ slots: [this.slots[0], this.slots[1]], front: this.front, version: this.version });
  }
}
