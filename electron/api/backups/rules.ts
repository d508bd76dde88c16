/** Backup policy: which automatic backups to keep, when the next is due, when the last is too old. Pure. */
import { dayOf } from '../shared/dates';

export type Kept = { path: string; takenAt: string; reason: string | null };
export type Rotation = { keepRecent: number; keepDays: number };

/** A backup older than this is a warning on the settings screen and the overview. */
export const STALE_AFTER_HOURS = 24;

/**
 * The automatic backups to delete: keep the newest `keepRecent`, the newest of each of the last
 * `keepDays` post days, and always the newest taken before a migration and before a restore (the
 * ones a person may need to undo a step). Files the app did not write (no reason) are never touched.
 */
export function toPrune(backups: Kept[], now: Date, policy: Rotation): string[] {
  const ours = backups.filter((b) => b.reason !== null).sort((a, b) => b.takenAt.localeCompare(a.takenAt));
  const keep = new Set<string>(ours.slice(0, policy.keepRecent).map((b) => b.path));
  const today = dayOf(now);
  const firstDay = dayOf(new Date(now.getTime() - (policy.keepDays - 1) * 86_400_000));
  const daysSeen = new Set<string>();
  const reasonsSeen = new Set<string>();
  for (const b of ours) {
    const day = dayOf(new Date(b.takenAt));
    if (day >= firstDay && day <= today && !daysSeen.has(day)) {
      daysSeen.add(day);
      keep.add(b.path);
    }
    if ((b.reason === 'migration' || b.reason === 'restore') && !reasonsSeen.has(b.reason)) {
      reasonsSeen.add(b.reason);
      keep.add(b.path);
    }
  }
  return ours.filter((b) => !keep.has(b.path)).map((b) => b.path);
}

export type BackupAge = { code: 'never' } | { code: 'fresh' | 'stale'; hours: number; at: string };

/** How old the newest backup is, in whole hours, and whether that is too old. */
export function backupAge(latestAt: string | null, now: Date): BackupAge {
  if (!latestAt) return { code: 'never' };
  const hours = Math.max(0, Math.floor((now.getTime() - Date.parse(latestAt)) / 3_600_000));
  return { code: hours >= STALE_AFTER_HOURS ? 'stale' : 'fresh', hours, at: latestAt };
}

/** A scheduled backup is due when none was taken within the interval. */
export function isDue(latestAt: string | null, now: Date, intervalHours: number): boolean {
  return !latestAt || now.getTime() - Date.parse(latestAt) >= intervalHours * 3_600_000;
}
