import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { olderRelease, tempDir } from './helpers';

const FIXTURE = join(import.meta.dirname, '..', 'fixtures', 'demo-0005.db');

/** History columns that stored a name only before 0006, and the id column 0006 put beside each. */
const NAMED: [table: string, name: string, id: string][] = [
  ['audit_log', 'operator_name', 'operator_id'],
  ['household_sources', 'operator_name', 'operator_id'],
  ['household_events', 'operator_name', 'operator_id'],
  ['arrival_groups', 'registered_by', 'registered_by_id'],
  ['returnee_decisions', 'decided_by', 'decided_by_id'],
  ['hotel_needs', 'recorded_by', 'recorded_by_id'],
  ['hotel_needs', 'handled_by', 'handled_by_id'],
  ['hotel_contacts', 'operator_name', 'operator_id'],
  ['roster_changes', 'operator_name', 'operator_id'],
  ['attendance', 'recorded_by', 'recorded_by_id'],
  ['gate_log', 'recorded_by', 'recorded_by_id'],
];
/** Rows that pointed at a staff row by id: [table, key, the staff column then, now]. */
const STAFFED: [table: string, key: string, before: string, after: string][] = [
  ['assignments', 'id', 'staff_id', 'staff_id'],
  ['attendance', 'id', 'staff_id', 'staff_id'],
  ['staff_unavailable', 'id', 'staff_id', 'member_id'],
  ['runner_buildings', 'building_id', 'staff_id', 'member_id'],
  ['roster_changes', 'id', 'staff_id', 'staff_id'],
  ['roster_changes', 'id', 'other_staff_id', 'other_staff_id'],
];
const HISTORY = [
  'audit_log',
  'household_sources',
  'household_events',
  'arrival_groups',
  'returnees',
  'returnee_decisions',
  'hotel_stays',
  'hotel_needs',
  'hotel_contacts',
  'roster_changes',
  'assignments',
  'attendance',
  'gate_log',
  'runner_buildings',
];

type Person = { name: string; role: string };
const key = (p: Person) => `${p.name}|${p.role}`;

describe('migration 0006 (one list of people)', () => {
  it('moves the demo post written by the release before it: each person once, every history row on the right person, nothing lost', () => {
    const path = join(tempDir(), 'demo-0005.db');
    copyFileSync(FIXTURE, path);
    const old = new Database(path, { readonly: true });
    const all = <T>(db: Database.Database, sql: string) => db.prepare(sql).all() as T[];
    const operators = all<Person & { id: number }>(old, 'SELECT id, name, role FROM operators');
    const staff = all<Person & { id: number }>(old, 'SELECT id, name, role FROM staff');
    const opName = new Map(operators.map((o) => [o.id, o.name]));
    const staffOf = new Map(staff.map((s) => [s.id, key(s)]));
    const counts = Object.fromEntries(
      HISTORY.map((t) => [t, all<{ n: number }>(old, `SELECT count(*) AS n FROM ${t}`)[0]?.n]),
    );
    const names = NAMED.map(([t, col]) =>
      all<{ id: number; name: string | null }>(old, `SELECT rowid AS id, ${col} AS name FROM ${t}`),
    );
    const auditBefore = all<{ id: number; op: number | null }>(
      old,
      'SELECT id, operator_id AS op FROM audit_log',
    );
    const staffed = STAFFED.map(([t, k, col]) =>
      all<{ k: number; s: number | null }>(old, `SELECT ${k} AS k, ${col} AS s FROM ${t}`),
    );
    old.close();
    expect(operators.some((o) => o.name === '林晓梅') && staff.some((s) => s.name === '林晓梅')).toBe(true);

    // As 0006 left it (0011 later moved attendance into events; its own test follows the rows there).
    const db = openDatabase(path, { migrationsFolder: olderRelease(7) }).$client;
    const members = all<Person & { id: number; can_operate: number; active: number }>(
      db,
      'SELECT id, name, role, can_operate, active FROM team_members',
    );
    const distinct = new Set([...operators, ...staff].map(key));
    expect(members).toHaveLength(distinct.size);
    expect(new Set(members.map(key)).size).toBe(members.length);
    expect(members.filter((m) => m.name === '林晓梅')).toHaveLength(1);
    // May operate: exactly those who were operators; staff alone may not.
    expect(
      members
        .filter((m) => m.can_operate === 1)
        .map(key)
        .sort(),
    ).toEqual(operators.map(key).sort());
    expect(members.every((m) => m.active === 1)).toBe(true);
    const byId = new Map(members.map((m) => [m.id, m]));

    // Nothing lost.
    for (const t of HISTORY)
      expect(all<{ n: number }>(db, `SELECT count(*) AS n FROM ${t}`)[0]?.n, t).toBe(counts[t]);
    expect(all<{ n: number }>(db, 'SELECT count(*) AS n FROM member_unavailable')[0]?.n).toBe(
      staffed[2]?.length,
    );

    // Every name-only history row now points at the person of that name (or at nobody, for 系统).
    let resolved = 0;
    NAMED.forEach(([t, col, idCol], i) => {
      const now = new Map(
        all<{ id: number; name: string | null; who: number | null }>(
          db,
          `SELECT rowid AS id, ${col} AS name, ${idCol} AS who FROM ${t}`,
        ).map((r) => [r.id, r]),
      );
      for (const before of names[i] ?? []) {
        const row = now.get(before.id);
        expect(row?.name, `${t}.${col}`).toBe(before.name);
        const isOperator = operators.some((o) => o.name === before.name);
        if (isOperator) {
          expect(byId.get(row?.who ?? 0)?.name, `${t} ${before.id}`).toBe(before.name);
          resolved++;
        } else expect(row?.who, `${t} ${before.id} (${before.name})`).toBeNull();
      }
    });
    expect(resolved).toBeGreaterThan(200);
    // The audit log's operator ids point at the member the operator became.
    const auditNow = new Map(
      all<{ id: number; op: number | null }>(db, 'SELECT id, operator_id AS op FROM audit_log').map((r) => [
        r.id,
        r.op,
      ]),
    );
    for (const a of auditBefore) {
      if (a.op === null) expect(auditNow.get(a.id)).toBeNull();
      else expect(byId.get(auditNow.get(a.id) ?? 0)?.name).toBe(opName.get(a.op));
    }
    // Rows that pointed at a staff row point at the same person.
    STAFFED.forEach(([t, k, , col], i) => {
      const table = t === 'staff_unavailable' ? 'member_unavailable' : t;
      const now = new Map(
        all<{ k: number; s: number | null }>(db, `SELECT ${k} AS k, ${col} AS s FROM ${table}`).map((r) => [
          r.k,
          r.s,
        ]),
      );
      for (const before of staffed[i] ?? []) {
        if (before.s === null) continue;
        const m = byId.get(now.get(before.k) ?? 0);
        expect(m && key(m), `${t}.${col} ${before.k}`).toBe(staffOf.get(before.s));
      }
    });
    expect(staffed[0]?.length).toBeGreaterThan(100);

    expect(db.pragma('foreign_key_check')).toEqual([]);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('merges by name and role: an operator alone may operate, staff alone may not, one name in two roles is two people', () => {
    const path = join(tempDir(), 'at-0005.db');
    const old = openDatabase(path, { migrationsFolder: olderRelease(6) }).$client;
    old.exec(`
      INSERT INTO buildings (name, floors, rooms_per_floor) VALUES ('1栋', 6, 2);
      INSERT INTO operators (name, role, created_at) VALUES ('周海', 'community_cadre', 'x'), ('王芳', 'volunteer', 'x');
      INSERT INTO staff (name, role, phone) VALUES ('王芳', 'runner', '1'), ('陈明', 'police_officer', '2'),
        ('陈明', 'police_officer', '3'), ('周海', 'community_cadre', '4');
      INSERT INTO runner_buildings (staff_id, building_id) VALUES (1, 1);
      INSERT INTO staff_unavailable (staff_id, from_at, to_at) VALUES (3, 'a', 'b');
      UPDATE staff SET active = 0 WHERE id = 2;`);
    old.close();
    const db = openDatabase(path).$client;
    expect(
      db
        .prepare('SELECT id, name, role, phone, can_operate AS op, active FROM team_members ORDER BY id')
        .all(),
    ).toEqual([
      { id: 1, name: '王芳', role: 'runner', phone: '1', op: 0, active: 1 },
      { id: 2, name: '陈明', role: 'police_officer', phone: '2', op: 0, active: 1 },
      { id: 4, name: '周海', role: 'community_cadre', phone: '4', op: 1, active: 1 },
      { id: 5, name: '王芳', role: 'volunteer', phone: '', op: 1, active: 1 },
    ]);
    expect(db.prepare('SELECT member_id AS m FROM member_unavailable').all()).toEqual([{ m: 2 }]);
    expect(db.prepare('SELECT member_id AS m FROM runner_buildings').all()).toEqual([{ m: 1 }]);
    // A PIN set later does not make a new version of the record; a form's edit does.
    db.exec("UPDATE team_members SET pin_hash = 'x' WHERE id = 4");
    db.exec("UPDATE team_members SET phone = '5' WHERE id = 4");
    expect(db.prepare('SELECT version FROM team_members WHERE id = 4').get()).toEqual({ version: 2 });
    expect(db.pragma('foreign_key_check')).toEqual([]);
    db.close();
  });
});
