import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COUNT_TRIGGERS, countedFromTables, storedCounts } from '../../db/counts';
import { openDatabase } from '../../db/open';
import { olderRelease, tempDir } from './helpers';

describe('migration 0013 (building counters, partial indexes for the registry statistics)', () => {
  it('upgrades a 0012 registry: the counters are filled from its rows and kept from then on', () => {
    const path = join(tempDir(), 'at-0012.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(13) });
    expect(old.$client.pragma('user_version', { simple: true })).toBe(13);
    old.$client.exec(`
      INSERT INTO buildings (name, floors, rooms_per_floor, sort_order) VALUES ('1栋', 6, 2, 2), ('2栋', 6, 2, 1), ('3栋', 1, 1, 3);
      INSERT INTO households (building_id, unit, room, occupancy, reg_status, updated_at) VALUES
        (1, '1单元', '101', 'occupied', 'verified', 'x'), (1, '1单元', '102', 'vacant', 'registered', 'x'),
        (1, '2单元', '101', 'unknown', 'not_visited', 'x'), (2, '', '101', 'occupied', 'registered', 'x');
      INSERT INTO residents (household_id, name, presence, pregnant, chronic_illness, updated_at) VALUES
        (1, '王建国', 'in_compound', 0, 1, 'x'), (1, '李秀英', 'in_hotel', 1, 0, 'x'),
        (4, '张伟', 'away', 0, 0, 'x'), (4, '张敏', 'in_compound', 0, 0, 'x'), (4, '张磊', 'in_compound', 0, 0, 'x');`);
    old.$client.close();

    const db = openDatabase(path);
    const s = db.$client;
    expect(s.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(14);
    expect(storedCounts(s)).toEqual([
      {
        buildingId: 1,
        rooms: 3,
        notVisited: 1,
        registered: 1,
        verified: 1,
        occupied: 1,
        vacant: 1,
        unknown: 1,
        residents: 2,
      },
      {
        buildingId: 2,
        rooms: 1,
        notVisited: 0,
        registered: 1,
        verified: 0,
        occupied: 1,
        vacant: 0,
        unknown: 0,
        residents: 3,
      },
      {
        buildingId: 3,
        rooms: 0,
        notVisited: 0,
        registered: 0,
        verified: 0,
        occupied: 0,
        vacant: 0,
        unknown: 0,
        residents: 0,
      },
    ]);
    const triggers = s
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name IN ('buildings', 'households', 'residents')",
      )
      .pluck()
      .all();
    expect(triggers).toEqual(expect.arrayContaining([...COUNT_TRIGGERS]));
    // Writes after the upgrade keep them: a resident moved across buildings, a room verified.
    s.exec("UPDATE residents SET household_id = 1 WHERE name = '张伟'");
    s.exec("UPDATE households SET reg_status = 'verified' WHERE id = 2");
    expect(storedCounts(s)).toEqual(countedFromTables(s));
    // The statistics' conditions are answered from the new partial indexes.
    const plan = (sql: string) =>
      (s.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
    expect(
      plan("SELECT presence, count(*) FROM residents WHERE presence <> 'in_compound' GROUP BY 1"),
    ).toContain('residents_away_idx');
    expect(
      plan(
        'SELECT sum(pregnant) FROM residents WHERE pregnant OR chronic_illness OR disability OR regular_medicine',
      ),
    ).toContain('residents_needs_idx');
    expect(s.pragma('foreign_key_check')).toEqual([]);
    expect(s.pragma('integrity_check', { simple: true })).toBe('ok');
    s.close();
  });
});
