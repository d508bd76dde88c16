import { describe, expect, it } from 'vitest';
import { hostClock } from '../../electron/host/paths';

describe("the host's clock", () => {
  it('runs on from GATEPOST_NOW, or stays there when frozen', async () => {
    const running = hostClock('2026-11-28T02:00:00.000Z', false);
    const frozen = hostClock('2026-11-28T02:00:00.000Z', true);
    const first = running().getTime();
    await new Promise((ok) => setTimeout(ok, 30));
    expect(running().getTime()).toBeGreaterThan(first);
    expect(first).toBeGreaterThanOrEqual(Date.parse('2026-11-28T02:00:00.000Z'));
    expect(frozen().toISOString()).toBe('2026-11-28T02:00:00.000Z');
    expect(() => hostClock('not a time', true)).toThrow(/GATEPOST_NOW/);
  });
});
