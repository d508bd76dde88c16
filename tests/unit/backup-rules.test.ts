import { describe, expect, it } from 'vitest';
import { backupAge, isDue, type Kept, toPrune } from '../../electron/api/backups/rules';

const NOW = new Date('2026-11-28T02:00:00.000Z'); // 10:00 at the post
const hoursAgo = (h: number) => new Date(NOW.getTime() - h * 3_600_000).toISOString();

function hourly(n: number, reason: string | null = 'scheduled'): Kept[] {
  return Array.from({ length: n }, (_, i) => ({ path: `b${i}.db`, takenAt: hoursAgo(i), reason }));
}

describe('backup rotation', () => {
  it('keeps the newest N and the newest of each of the last days, deletes the rest', () => {
    // One backup an hour for 30 days.
    const all = hourly(30 * 24);
    const pruned = new Set(toPrune(all, NOW, { keepRecent: 24, keepDays: 14 }));
    const kept = all.filter((b) => !pruned.has(b.path));
    // The 24 newest…
    for (const b of all.slice(0, 24)) expect(kept).toContain(b);
    // …plus one per post day for the 14 days (today's newest is already among the 24).
    const days = new Set(
      kept.map((b) => new Date(Date.parse(b.takenAt) + 8 * 3_600_000).toISOString().slice(0, 10)),
    );
    expect(days.size).toBe(14);
    expect(kept.length).toBe(24 + 12);
    // Nothing older than 14 post days survives.
    expect(kept.every((b) => Date.parse(b.takenAt) > NOW.getTime() - 15 * 86_400_000)).toBe(true);
  });

  it('always keeps the newest backup taken before a migration and before a restore', () => {
    const all = [
      ...hourly(40),
      { path: 'old-migration.db', takenAt: hoursAgo(24 * 60), reason: 'migration' },
      { path: 'older-migration.db', takenAt: hoursAgo(24 * 70), reason: 'migration' },
      { path: 'old-restore.db', takenAt: hoursAgo(24 * 50), reason: 'restore' },
    ];
    const pruned = toPrune(all, NOW, { keepRecent: 5, keepDays: 1 });
    expect(pruned).not.toContain('old-migration.db');
    expect(pruned).not.toContain('old-restore.db');
    expect(pruned).toContain('older-migration.db');
  });

  it('never touches files the app did not write', () => {
    const all = [...hourly(3), { path: 'copied-by-hand.db', takenAt: hoursAgo(24 * 100), reason: null }];
    expect(toPrune(all, NOW, { keepRecent: 1, keepDays: 1 })).not.toContain('copied-by-hand.db');
  });
});

describe('backup age and schedule', () => {
  it('says never, fresh or stale (older than a day)', () => {
    expect(backupAge(null, NOW)).toEqual({ code: 'never' });
    expect(backupAge(hoursAgo(3), NOW)).toMatchObject({ code: 'fresh', hours: 3 });
    expect(backupAge(hoursAgo(23.9), NOW)).toMatchObject({ code: 'fresh', hours: 23 });
    expect(backupAge(hoursAgo(25), NOW)).toMatchObject({ code: 'stale', hours: 25 });
  });

  it('is due when nothing was taken within the interval', () => {
    expect(isDue(null, NOW, 4)).toBe(true);
    expect(isDue(hoursAgo(3.9), NOW, 4)).toBe(false);
    expect(isDue(hoursAgo(4), NOW, 4)).toBe(true);
  });
});
