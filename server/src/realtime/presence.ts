/**
 * Which devices have a live socket on this node. State over time, hence a class; one per server.
 * (Across several nodes presence moves to the shared adapter; see the scale-out issue.)
 */
export class Presence {
  private readonly sockets = new Map<string, number>();

  /** True when this is the device's first socket. */
  connect(deviceId: string): boolean {
    const n = (this.sockets.get(deviceId) ?? 0) + 1;
    this.sockets.set(deviceId, n);
    return n === 1;
  }

  /** True when this was the device's last socket. */
  disconnect(deviceId: string): boolean {
    const n = (this.sockets.get(deviceId) ?? 1) - 1;
    if (n > 0) {
      this.sockets.set(deviceId, n);
      return false;
    }
    this.sockets.delete(deviceId);
    return true;
  }

  isOnline(deviceId: string): boolean {
    return this.sockets.has(deviceId);
  }
}
