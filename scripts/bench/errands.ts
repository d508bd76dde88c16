// The errands figure (issue 13): 50,000 errands with 250,000 steps (and their lines) seeded once per
// database by hand-written inserts, then the open list by age — its first page, and one building's —
// through the app beside hand-written better-sqlite3 giving the same answer.
import { randomUUID } from 'node:crypto';
import { type Env, type Figure, oncePerDb } from './harness';

const ERRANDS = 50_000;
const STEPS_EACH = 5;
const RUNNERS = 20;
const DAYS = 20;
const KINDS = ['groceries', 'groceries', 'groceries', 'medicine', 'gas', 'parcel', 'other'] as const;
const WHAT = ['白菜', '鸡蛋', '大米', '牛奶', '降压药', '液化气', '快递'];
/** A closed errand's life, and the last steps an open one may have stopped at. */
const CLOSED = ['new', 'assigned', 'bought', 'delivered', 'confirmed'] as const;
const OPEN_LAST = ['bought', 'delivered', 'assigned', 'no_answer'] as const;

/** Seed the errands (once per database): 1 in 8 open, the rest confirmed, over the last 20 days. */
export function seedErrands(env: Env): void {
  const db = env.sqlite;
  if ((db.prepare('SELECT count(*) AS n FROM errands').get() as { n: number }).n >= ERRANDS) return;
  const t0 = performance.now();
  const post = (db.prepare('SELECT post_id AS p FROM compound').get() as { p: string }).p;
  const now = env.now.getTime();
  let seed = 11;
  const rnd = (n: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  db.transaction(() => {
    const addRunner = db.prepare(
      "INSERT INTO team_members (name, role, organisation, created_at) VALUES (?, 'runner', '跑腿小分队', 'x')",
    );
    const runners = Array.from({ length: RUNNERS }, (_, i) => ({
      id: Number(addRunner.run(`压测跑腿员${i + 1}`).lastInsertRowid),
      name: `压测跑腿员${i + 1}`,
    }));
    const households = db.prepare('SELECT id, building_id AS b FROM households ORDER BY id').raw().all() as [
      number,
      number,
    ][];
    const addErrand = db.prepare(
      `INSERT INTO errands (id, post_id, no, household_id, building_id, kind, urgency, channel, payer, budget_fen, note,
        created_at, recorded_at, created_by_id, created_by_name, state, state_since, open, runner_id, runner_name, steps)
       VALUES (?, ?, ?, ?, ?, ?, 'today', 'phone', 'household', NULL, '', ?, ?, 1, '', ?, ?, ?, ?, ?, ?)`,
    );
    const addLine = db.prepare(
      'INSERT INTO errand_lines (id, post_id, errand_id, seq, what, qty, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const addStep = db.prepare(
      `INSERT INTO errand_steps (id, post_id, errand_id, seq, state, at, recorded_at, operator_id, operator_name,
        runner_id, runner_name) VALUES (?, ?, ?, ?, ?, ?, ?, 1, '', ?, ?)`,
    );
    for (let i = 0; i < ERRANDS; i++) {
      const [householdId, buildingId] = households[rnd(households.length)] ?? [1, 1];
      const open = rnd(8) === 0;
      const states = open ? ['new', 'assigned', 'no_answer', 'assigned', OPEN_LAST[rnd(4)]] : [...CLOSED];
      // Open errands came in over the last two days (some stale), closed ones over twenty.
      const span = open ? 2 * 24 * 60 : DAYS * 24 * 60;
      let t = now - (rnd(span) + 60 * STEPS_EACH) * 60_000;
      const created = new Date(t).toISOString();
      const runner = runners[rnd(RUNNERS)] ?? { id: 1, name: '' };
      const id = randomUUID();
      const ats: string[] = [];
      for (let s = 0; s < STEPS_EACH; s++) {
        ats.push(new Date(t).toISOString());
        t += (1 + rnd(60)) * 60_000;
      }
      const last = states[STEPS_EACH - 1] ?? 'new';
      addErrand.run(
        id,
        post,
        i + 1,
        householdId,
        buildingId,
        KINDS[rnd(KINDS.length)],
        created,
        created,
        last,
        ats[STEPS_EACH - 1],
        open ? 1 : 0,
        runner.id,
        runner.name,
        STEPS_EACH,
      );
      for (let l = 0, n = 1 + rnd(3); l < n; l++)
        addLine.run(randomUUID(), post, id, l + 1, WHAT[rnd(WHAT.length)], 1 + rnd(3), '');
      for (const [s, state] of states.entries()) {
        const r = state === 'new' ? { id: null, name: '' } : runner;
        addStep.run(randomUUID(), post, id, s + 1, state, ats[s], ats[s], r.id, r.name);
      }
    }
  })();
  db.exec('ANALYZE');
  console.log(
    `(seeded ${ERRANDS} errands, ${ERRANDS * STEPS_EACH} steps in ${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
}

/** Hand-written: the same page of open errands by age, the counts by colour, each row finished in JS. */
function baseList(env: Env, buildingId?: number) {
  const db = env.sqlite;
  const now = env.now.toISOString();
  const t = env.now.getTime();
  const c = db
    .prepare(
      'SELECT errand_aging_minutes AS agingMinutes, errand_stale_minutes AS staleMinutes FROM compound',
    )
    .get() as { agingMinutes: number; staleMinutes: number };
  const aging = new Date(t - c.agingMinutes * 60_000).toISOString();
  const stale = new Date(t - c.staleMinutes * 60_000).toISOString();
  const where = buildingId ? 'e.open = 1 AND e.building_id = ?' : 'e.open = 1';
  const args = buildingId ? [buildingId] : [];
  const k = db
    .prepare(
      `SELECT (SELECT count(*) FROM errands e WHERE ${where} AND e.state_since > ?) AS fresh,
        (SELECT count(*) FROM errands e WHERE ${where} AND e.state_since <= ? AND e.state_since > ?) AS aging,
        (SELECT count(*) FROM errands e WHERE ${where} AND e.state_since <= ?) AS stale`,
    )
    .get(...args, aging, ...args, aging, stale, ...args, stale) as {
    fresh: number;
    aging: number;
    stale: number;
  };
  const rows = db
    .prepare(
      `SELECT e.id, e.no, e.household_id AS householdId, e.building_id AS buildingId, b.name AS building,
        h.unit, h.room, h.householder_name AS householdHead, h.phone, e.kind, e.urgency, e.channel, e.payer,
        e.budget_fen AS budgetFen, e.state, e.state_since AS stateSince, e.runner_id AS runnerId,
        e.runner_name AS runnerName, e.created_at AS createdAt
       FROM errands e JOIN households h ON h.id = e.household_id JOIN buildings b ON b.id = e.building_id
       WHERE ${where} ORDER BY e.state_since, e.no LIMIT 100`,
    )
    .all(...args) as (Record<string, unknown> & {
    id: string;
    unit: string;
    room: string;
    householdId: number;
    stateSince: string;
  })[];
  const lines = db.prepare('SELECT what, qty FROM errand_lines WHERE errand_id = ? ORDER BY seq');
  const medicine = db.prepare(
    "SELECT 1 FROM errands WHERE household_id = ? AND open = 1 AND kind = 'medicine' LIMIT 1",
  );
  // The errand's steps, for the shop it was bought at and the calls unanswered in a row, both read
  // past the steps a later correction undid and the corrections themselves (errands.undoDelivery).
  const steps = db.prepare(
    'SELECT id, state, shop, undoes FROM errand_steps WHERE errand_id = ? ORDER BY seq',
  );
  type Step = { id: string; state: string; shop: string | null; undoes: string | null };
  const fromSteps = (id: string) => {
    const all = steps.all(id) as Step[];
    const undone = new Set(all.flatMap((x) => (x.undoes ? [x.undoes] : [])));
    const plain = all.filter((x) => x.undoes === null);
    let shop: string | null = null;
    let noAnswers = 0;
    for (const x of plain) {
      if (x.state === 'bought') shop = x.shop;
      if (x.state === 'no_answer') noAnswers++;
      else if (!undone.has(x.id)) noAnswers = 0;
    }
    return { shop, noAnswers };
  };
  return {
    total: k.fresh + k.aging + k.stale,
    counts: { fresh: k.fresh, aging: k.aging, stale: k.stale },
    limits: c,
    rows: rows.map(({ unit, room, ...r }) => {
      const age = Math.max(0, Math.floor((Date.parse(now) - Date.parse(r.stateSince)) / 60_000));
      return {
        ...r,
        room: unit ? `${unit}-${room}` : room,
        summary: (lines.all(r.id) as { what: string; qty: number }[])
          .map((l) => `${l.what} ×${l.qty}`)
          .join(', '),
        ageMinutes: age,
        staleLevel: age < c.agingMinutes ? 'fresh' : age < c.staleMinutes ? 'aging' : 'stale',
        medicineOpen: medicine.get(r.householdId) !== undefined,
        ...fromSteps(r.id),
      };
    }),
  };
}

export const seeding = oncePerDb(seedErrands);
/** The building with the most open errands. */
const building = oncePerDb(
  (env) =>
    (
      env.sqlite
        .prepare(
          'SELECT building_id AS b FROM errands WHERE open = 1 GROUP BY building_id ORDER BY count(*) DESC LIMIT 1',
        )
        .get() as { b: number }
    ).b,
);

export const errandsFigures: Figure[] = [
  {
    name: 'errands.list open by age, first page (50,000 errands, 250,000 steps)',
    goal: { p95Ms: 50, ratio: 0.5 },
    app: (env) => {
      seeding(env);
      return env.call('errands.list', {});
    },
    base: (env) => baseList(env),
  },
  {
    name: 'errands.list open by age, one building',
    goal: { p95Ms: 50, ratio: 0.5 },
    app: (env) => {
      seeding(env);
      return env.call('errands.list', { buildingId: building(env) });
    },
    base: (env) => baseList(env, building(env)),
  },
];
