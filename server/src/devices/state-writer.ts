import type { Heartbeat } from '@hcc/shared/schemas/device';
import type { Deps } from '../context';
import type { Hub } from '../realtime/hub';

const FLUSH_MS = 250;

/**
 * Acks and heartbeats arrive in bursts (a publish makes every screen ack within milliseconds). Writing
 * each one as its own transaction would block the event loop a thousand times in a row, so they are
 * kept in memory and written together a moment later, then announced to the console in one pass.
 * Nothing here is evidence: a crash loses at most a quarter second of "what is playing", which the
 * next heartbeat restores.
 */
export class DeviceStateWriter {
  private playing = new Map<string, { playlistId: string; version: number; at: string }>();
  private heartbeats = new Map<string, { hb: Heartbeat; at: string }>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly deps: Deps,
    private readonly hub: Hub,
  ) {}

  recordPlaying(deviceId: string, playlistId: string, version: number): void {
    this.playing.set(deviceId, { playlistId, version, at: this.deps.clock().toISOString() });
    this.schedule();
  }

  recordHeartbeat(deviceId: string, hb: Heartbeat): void {
    this.heartbeats.set(deviceId, { hb, at: this.deps.clock().toISOString() });
    this.schedule();
  }

  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const playing = this.playing;
    const heartbeats = this.heartbeats;
    this.playing = new Map();
    this.heartbeats = new Map();
    if (playing.size === 0 && heartbeats.size === 0) return;
    await this.deps.store.devices.recordStates(
      [...playing].map(([id, p]) => ({ id, ...p })),
      [...heartbeats].map(([id, h]) => ({ id, ...h })),
    );
    if (!this.hub.hasStaffListeners()) return;
    const changed = new Set([...playing.keys(), ...heartbeats.keys()]);
    await this.hub.announceDevices((await this.deps.store.devices.list()).filter((d) => changed.has(d.id)));
  }

  private schedule(): void {
    this.timer ??= setTimeout(() => {
      this.flush().catch((err: unknown) => this.deps.log.error({ err }, 'could not save device states'));
    }, FLUSH_MS);
  }
}
