import { describe, expect, it } from 'vitest';
import { Turns } from '../src/security/turns';

const settle = () => new Promise((r) => setImmediate(r));

describe('Turns', () => {
  it('runs at most perKey of one key, queues waitingPerKey behind them and refuses the rest at once', async () => {
    const turns = new Turns({ perKey: 2, waitingPerKey: 3, total: 10 });
    const asked = Array.from({ length: 7 }, () => turns.start('net-a'));
    await settle();
    const [first, second] = await Promise.all(asked.slice(0, 2));
    // The two beyond perKey + waitingPerKey are refused without waiting.
    expect(await asked[5]).toBeNull();
    expect(await asked[6]).toBeNull();
    let handed = 0;
    for (const p of asked.slice(2, 5)) void p.then(() => (handed += 1));
    await settle();
    expect(handed).toBe(0);
    first?.();
    await settle();
    expect(handed).toBe(1);
    // Ending twice hands over one turn, not two.
    first?.();
    await settle();
    expect(handed).toBe(1);
    second?.();
    await settle();
    expect(handed).toBe(2);
  });

  it('bounds the turns running over every key, and frees the bound as they end', async () => {
    const turns = new Turns({ perKey: 2, waitingPerKey: 8, total: 3 });
    const ends = await Promise.all(['a', 'b', 'c'].map((k) => turns.start(k)));
    expect(ends.every((e) => typeof e === 'function')).toBe(true);
    expect(await turns.start('d')).toBeNull();
    ends[0]?.();
    const next = await turns.start('d');
    expect(next).toBeTypeOf('function');
    expect(await turns.start('e')).toBeNull();
  });
});
