import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { countedFromTables, storedCounts } from '../../db/counts';
import { openDatabase } from '../../db/open';
import { contract, type Method } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/router';
import { writeDemo } from '../../electron/demo/demo';
import { writeDemoStory } from '../../electron/demo/demo-story';
import { writeDemoTeam } from '../../electron/demo/demo-team';
import { edgeValues, generate, leafPaths, rng, saneSample, setAt, setIdPool } from './fuzz-gen';
import { FIXED_NOW, tempDir } from './helpers';

/**
 * The API fuzz drill (issue 8): generated bad inputs to every method of the contract, through the
 * router, on the demo compound. It fails on any INTERNAL answer and on any write after a
 * rejection. Seeded and deterministic: a fixed number of calls per method in `npm test`;
 * GATEPOST_FUZZ_SECONDS=600 runs for that long instead, GATEPOST_FUZZ_SEED picks another seed.
 */
const SEED = Number(process.env.GATEPOST_FUZZ_SEED ?? 20261128);
const SECONDS = Number(process.env.GATEPOST_FUZZ_SECONDS ?? 0);
const PER_METHOD = 8;
/** Slow by nature (a workbook, a file, a backup): left out of the sweep, called in one round of four. */
const SLOW = new Set<string>([
  'households.importPreview',
  'households.importCommit',
  'households.export',
  'households.template',
  'roster.exportXlsx',
  'backups.create',
  'backups.restore',
]);

/** Valid calls add thousands of rows (a 60-floor building): called in one round of four. */
const GROWS = new Set<string>(['buildings.add', 'hotels.addRooms']);

/** Which table a numeric field's ids come from, so valid-shaped inputs reach the handlers. */
const ID_TABLES: Record<string, string> = {
  shiftId: 'shifts',
  staffId: 'team_members',
  returneeId: 'returnees',
  returneeIds: 'returnees',
  roomId: 'hotel_rooms',
  toRoomId: 'hotel_rooms',
  hotelId: 'hotels',
  postId: 'duty_posts',
  householdId: 'households',
  toHouseholdId: 'households',
  buildingId: 'buildings',
  buildingIds: 'buildings',
  needId: 'hotel_needs',
  operatorId: 'team_members',
  memberId: 'team_members',
  residentId: 'residents',
  beforeId: 'audit_log',
};

type Finding = { method: string; problem: string; input: string };

const show = (v: unknown): string => {
  const text = JSON.stringify(v, (_k, x: unknown) =>
    Array.isArray(x) && x.length > 5 ? [...x.slice(0, 3), `…${x.length} items`] : x,
  );
  return (text ?? String(v)).slice(0, 300);
};

async function demo() {
  const path = join(tempDir(), 'fuzz.db');
  const db = openDatabase(path);
  const host = { now: () => FIXED_NOW, paths: { db: path } };
  const op = await dispatch(
    db,
    'team.save',
    { name: '林晓梅', role: 'community_cadre', canOperate: true },
    host,
  );
  if (!op.ok) throw new Error(op.error.message);
  writeDemo(db, { now: FIXED_NOW });
  await writeDemoStory(db, FIXED_NOW);
  await writeDemoTeam(db, FIXED_NOW);
  const ids = new Map<string, number[]>();
  for (const [key, table] of Object.entries(ID_TABLES)) {
    const rows = db.$client.prepare(`SELECT id FROM ${table} ORDER BY id LIMIT 200`).all() as {
      id: number;
    }[];
    ids.set(
      key,
      rows.map((x) => x.id),
    );
  }
  setIdPool((key) => ids.get(key));
  // Which tables this connection's committed writes touched: TEMP triggers log into a TEMP table,
  // inside the same transaction, so a rolled-back write leaves no line.
  db.$client.exec('CREATE TEMP TABLE fuzz_writes (tbl TEXT NOT NULL)');
  const tables = db.$client
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  for (const { name } of tables)
    for (const op of ['INSERT', 'UPDATE', 'DELETE'])
      db.$client.exec(
        `CREATE TEMP TRIGGER "fuzz_${name}_${op}" AFTER ${op} ON main."${name}" BEGIN INSERT INTO temp.fuzz_writes VALUES ('${name}'); END`,
      );
  // Another connection sees every commit of ours in its data_version (its own would not).
  const watcher = new Database(path, { readonly: true });
  return { db, host, watcher, operatorId: (op.value as { id: number }).id };
}

describe('API fuzz drill', () => {
  it(
    'answers every generated input without INTERNAL, and writes nothing when it refuses',
    async () => {
      const { db, host, watcher, operatorId } = await demo();
      const version = () => watcher.pragma('data_version', { simple: true }) as number;
      const r = rng(SEED);
      const methods = Object.keys(contract) as Method[];
      const findings = new Map<string, Finding>();
      const codes: Record<string, number> = {};
      const time: Record<string, number> = {};
      let calls = 0;
      // The drill's operator may give itself a PIN (team.setPin): it then signs with the session it got.
      let session: string | null = null;

      async function call(method: Method, input: unknown, operator: number | null): Promise<void> {
        const before = version();
        const t0 = performance.now();
        let answer: Awaited<ReturnType<typeof dispatch>>;
        try {
          answer = await dispatch(db, method, input, host, { operatorId: operator, session });
        } catch (e) {
          findings.set(`${method} threw`, { method, problem: `threw ${String(e)}`, input: show(input) });
          return;
        }
        calls++;
        time[method] = (time[method] ?? 0) + performance.now() - t0;
        const code = answer.ok ? 'ok' : answer.error.code;
        codes[code] = (codes[code] ?? 0) + 1;
        if (!answer.ok && answer.error.code === 'INTERNAL') {
          const key = `${method} ${answer.error.message.slice(0, 60)}`;
          if (!findings.has(key))
            findings.set(key, { method, problem: answer.error.message, input: show(input) });
        }
        const wrote = (db.$client.prepare('SELECT tbl FROM temp.fuzz_writes').all() as { tbl: string }[]).map(
          (w) => w.tbl,
        );
        db.$client.exec('DELETE FROM temp.fuzz_writes');
        if (answer.ok && (method === 'team.setPin' || method === 'team.signIn')) {
          const signed = answer.value as { member: { id: number }; token: string | null };
          if (signed.member.id === operatorId && signed.token) session = signed.token;
        }
        if (method.startsWith('team.')) {
          // Keep the drill's operator on duty whatever a random team.save did to them (not a finding).
          db.$client
            .prepare(
              'UPDATE team_members SET active = 1, can_operate = 1 WHERE id = ? AND NOT (active AND can_operate)',
            )
            .run(operatorId);
          db.$client.exec('DELETE FROM temp.fuzz_writes');
        }
        // A refusal writes nothing, except the one audit line of a refused look-up that must leave a
        // trace (a save with someone else's ID number, a full-ID search over the limit).
        const audited = wrote.length === 1 && wrote[0] === 'audit_log';
        if (!answer.ok && version() !== before && !audited) {
          findings.set(`${method} wrote`, {
            method,
            problem: `wrote ${wrote.join(', ') || 'from another connection'}, then answered ${answer.error.code}`,
            input: show(input),
          });
        }
      }

      // 1. A sweep: a valid-shaped input per method, each leaf in turn set to an edge value.
      for (const method of methods) {
        if (SLOW.has(method)) continue;
        const schema = contract[method].input;
        let base = saneSample(schema, r);
        for (let i = 0; i < 30 && !schema.safeParse(base).success; i++) base = saneSample(schema, r);
        for (const path of leafPaths(base)) {
          for (const edge of edgeValues(
            path.reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], base),
          ))
            await call(method, setAt(base, path, edge), operatorId);
        }
      }
      // 2. Random rounds: valid-shaped, mutated or wholly wrong inputs, now and then unsigned.
      const deadline = SECONDS > 0 ? Date.now() + SECONDS * 1000 : 0;
      for (let round = 0; deadline ? Date.now() < deadline : round < PER_METHOD; round++) {
        for (const method of methods) {
          if ((SLOW.has(method) || GROWS.has(method)) && round % 4 !== 0) continue;
          const input = generate(contract[method].input, r);
          const roll = r();
          await call(method, input, roll < 0.85 ? operatorId : roll < 0.95 ? null : 99_999);
        }
      }
      // Whatever the drill wrote, the building counters (migration 0013's triggers) stayed in step.
      expect(storedCounts(db.$client)).toEqual(countedFromTables(db.$client));
      watcher.close();
      db.$client.close();
      console.log(`[fuzz] seed ${SEED}: ${calls} calls over ${methods.length} methods`, codes);
      if (process.env.GATEPOST_FUZZ_TIMES)
        console.log(
          Object.entries(time)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 12),
        );
      expect([...findings.values()]).toEqual([]);
      // The drill reached the handlers, not only the validator.
      expect(codes.ok ?? 0).toBeGreaterThan(methods.length);
    },
    SECONDS > 0 ? (SECONDS + 120) * 1000 : 120_000,
  );
});
