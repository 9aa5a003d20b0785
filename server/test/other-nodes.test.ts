import { EventEmitter } from 'node:events';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { DeviceIo, StaffNamespace } from '../src/realtime/io';
import { OtherNodes } from '../src/realtime/other-nodes';

const HEARTBEAT_MS = 1000;

/** The adapter's side of a node as OtherNodes sees it: events in, what it says to the others recorded. */
function fakeIo() {
  const events = new EventEmitter();
  const said: unknown[][] = [];
  const io = {
    on: (name: string, listener: (...args: unknown[]) => void) => events.on(name, listener),
    serverSideEmit: (...args: unknown[]) => void said.push(args),
    serverSideEmitWithAck: async () => [],
  };
  const staff = Object.assign(new EventEmitter(), { sockets: new Map() });
  return { io: io as unknown as DeviceIo, staff: staff as unknown as StaffNamespace, hear: (name: string, ...args: unknown[]) => events.emit(name, ...args), said };
}

describe('other nodes: heard again after a silence', () => {
  let nodes: OtherNodes;
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    nodes.stop();
    vi.useRealTimers();
  });

  const alives = (said: unknown[][]) => said.filter(([name]) => name === 'node:alive').length;

  it('answers a node back at once when it was silent, and not when it was just heard', () => {
    const { io, staff, hear, said } = fakeIo();
    nodes = new OtherNodes(io, staff, pino({ level: 'silent' }), 'node-a', HEARTBEAT_MS);
    hear('node:alive', 'node-b');
    const afterFirst = alives(said);
    // Heard within a beat: the next beat says it, no answer now.
    vi.advanceTimersByTime(HEARTBEAT_MS / 2);
    hear('node:alive', 'node-b');
    expect(alives(said)).toBe(afterFirst);
    // Silent past two beats, as while Redis was away (no beat of ours reached it either): answered at once.
    vi.setSystemTime(Date.now() + 3 * HEARTBEAT_MS);
    const before = alives(said);
    hear('node:alive', 'node-b');
    expect(alives(said)).toBe(before + 1);
  });

  it('says it is alive as soon as its own link is back', () => {
    const { io, staff, said } = fakeIo();
    nodes = new OtherNodes(io, staff, pino({ level: 'silent' }), 'node-a', HEARTBEAT_MS);
    const before = alives(said);
    const resync = vi.fn();
    nodes.relinked(resync);
    expect(alives(said)).toBe(before + 1);
    expect(said.at(-1)).toEqual(['devices:resync']);
    expect(resync).toHaveBeenCalledOnce();
  });
});
