import type { OtherNodes } from './other-nodes';

/**
 * Which devices have a live socket: this node's own, counted here (state over time, hence a class; one
 * per server), and, when there are other nodes, theirs, asked for only when a device is not here.
 * A node alone never asks, so a device list costs nothing more than the map lookups.
 */
export class Presence {
  private readonly sockets = new Map<string, number>();

  constructor(private readonly others: Pick<OtherNodes, 'devicesAmong'> | null) {}

  /** True when this is the device's first socket on this node. */
  connect(deviceId: string): boolean {
    const n = (this.sockets.get(deviceId) ?? 0) + 1;
    this.sockets.set(deviceId, n);
    return n === 1;
  }

  /** True when this was the device's last socket on this node. */
  disconnect(deviceId: string): boolean {
    const n = (this.sockets.get(deviceId) ?? 1) - 1;
    if (n > 0) {
      this.sockets.set(deviceId, n);
      return false;
    }
    this.sockets.delete(deviceId);
    return true;
  }

  /** Of these devices, those connected to this node: what it answers when another node asks. */
  here(deviceIds: readonly string[]): string[] {
    return deviceIds.filter((id) => this.sockets.has(id));
  }

  /** Of these devices, those connected to any node. */
  async online(deviceIds: readonly string[]): Promise<Set<string>> {
    const found = new Set(this.here(deviceIds));
    const elsewhere = deviceIds.filter((id) => !found.has(id));
    if (this.others && elsewhere.length) for (const id of await this.others.devicesAmong(elsewhere)) found.add(id);
    return found;
  }
}
