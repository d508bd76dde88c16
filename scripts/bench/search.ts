// residents.search, every kind, beside the best hand-written query for the same answer.
import type { Env, Figure } from './harness';

const LIMIT = 500;
type Sample = { name: string; phone: string; idn: string; building: string; unit: string; room: string };

let cached: { path: string; s: Sample } | null = null;
/** A resident from the middle of the registry whose name, phone, ID and address are searched. */
function sample(env: Env): Sample {
  if (cached?.path === env.path) return cached.s;
  const s = env.sqlite
    .prepare(
      `SELECT r.name, r.phone, r.id_number AS idn, b.name AS building, h.unit, h.room
      FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
      WHERE r.id_number IS NOT NULL AND length(r.phone) = 11 AND length(r.name) = 3
        AND r.id >= (SELECT max(id) / 2 FROM residents) ORDER BY r.id LIMIT 1`,
    )
    .get() as Sample;
  cached = { path: env.path, s };
  return s;
}

/**
 * Digits or an address as one hand-written statement: the matching ids in the app's order and how
 * many there are, found through the indexes of migration 0009 (phone and ID tails, households by room).
 */
function handWritten(env: Env, where: string, params: unknown[], exact: string) {
  const rows = env.sqlite
    .prepare(
      `SELECT r.id, r.household_id, r.name, r.gender, r.birth_date, r.id_number, r.phone, b.name AS building,
        h.unit, h.room, r.presence, r.relation, count(*) OVER () AS total
      FROM residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id
      WHERE ${where}
      ORDER BY (r.name = ?) DESC, b.sort_order, h.unit, h.room, r.id LIMIT ?`,
    )
    .all(...params, exact, LIMIT) as { id: number; total: number }[];
  return { ids: rows.map((r) => r.id), total: rows[0]?.total ?? 0 };
}

const next = (q: string) => q.slice(0, -1) + String.fromCodePoint((q.codePointAt(q.length - 1) ?? 0) + 1);
const range = (expr: string) => `SELECT id FROM residents WHERE ${expr} >= ? AND ${expr} < ?`;

const COLUMNS = `r.id, r.household_id, r.name, r.gender, r.birth_date, r.id_number, r.phone, b.name AS building,
  h.unit, h.room, r.presence, r.relation`;
const FROM =
  'residents r JOIN households h ON h.id = r.household_id JOIN buildings b ON b.id = h.building_id';
/**
 * How many names hold @q, from the name indexes alone: each name once, in the range of the last of
 * its first three characters @q starts from; names longer than 3 holding it only further on apart.
 */
const NAME_COUNT = `SELECT
  (SELECT count(*) FROM residents WHERE upper(name) >= @q AND upper(name) < @end
    AND substr(upper(name), 2, @k) <> @q AND substr(upper(name), 3, @k) <> @q)
  + (SELECT count(*) FROM residents WHERE upper(substr(name, 2)) >= @q AND upper(substr(name, 2)) < @end
    AND substr(upper(substr(name, 2)), 2, @k) <> @q)
  + (SELECT count(*) FROM residents WHERE upper(substr(name, 3)) >= @q AND upper(substr(name, 3)) < @end)
  + (SELECT count(*) FROM residents INDEXED BY residents_long_name_idx WHERE length(name) > 3 AND upper(name) LIKE @like
    AND substr(upper(name), 1, @k) <> @q AND substr(upper(name), 2, @k) <> @q AND substr(upper(name), 3, @k) <> @q)`;
const NAME_IDS = `r.id IN (${range('upper(name)')} UNION ALL ${range('upper(substr(name, 2))')}
  UNION ALL ${range('upper(substr(name, 3))')} UNION ALL SELECT id FROM residents INDEXED BY residents_long_name_idx WHERE length(name) > 3 AND upper(name) LIKE ?)`;

/** Up to the building where `budget` residents are passed, in address order (building_counts). */
function walkTo(env: Env, budget: number): { order: number; id: number } {
  let passed = 0;
  const buildings = env.sqlite
    .prepare(`SELECT b.sort_order AS "order", b.id, c.residents FROM buildings b
      LEFT JOIN building_counts c ON c.building_id = b.id ORDER BY b.sort_order, b.id`)
    .iterate() as IterableIterator<{ order: number; id: number; residents: number | null }>;
  for (const b of buildings) {
    passed += b.residents ?? 0;
    if (passed >= budget) return { order: b.order, id: b.id };
  }
  return { order: Number.MAX_SAFE_INTEGER, id: Number.MAX_SAFE_INTEGER };
}

/**
 * A name: counted from the indexes; when many hold it (matches² × 5 > page × registry, and no two
 * buildings share a sort_order) those named exactly so, then the registry walked in address order
 * through its indexes up to the page, passing at most 2 × page × registry / matches residents;
 * else, or when that walk falls short, the matches sorted by address.
 */
function byName(env: Env, q: string) {
  const p = { q, end: next(q), k: [...q].length, like: `%${q}%` };
  const s = env.sqlite;
  const total = s.prepare(NAME_COUNT).pluck().get(p) as number;
  const { walkable, registry } = s
    .prepare(`SELECT (SELECT count(*) = count(DISTINCT sort_order) FROM buildings) AS walkable,
      (SELECT sum(residents) FROM building_counts) AS registry`)
    .get() as { walkable: number; registry: number };
  if (total > LIMIT && walkable && total * total * 5 > LIMIT * registry) {
    const exact = s
      .prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE r.name = @q AND r.name LIKE @like
        ORDER BY b.sort_order, h.unit, h.room, r.id LIMIT ${LIMIT}`)
      .all(p) as { id: number }[];
    const n = LIMIT - exact.length;
    if (n === 0) return { ids: exact.map((r) => r.id), total };
    const rest = s
      .prepare(`SELECT ${COLUMNS} FROM buildings b CROSS JOIN households h ON h.building_id = b.id
        CROSS JOIN residents r ON r.household_id = h.id
        WHERE (b.sort_order, b.id) <= (@order, @id) AND r.name LIKE @like AND r.name <> @q
        ORDER BY b.sort_order, b.id, h.unit, h.room, r.id LIMIT @n`)
      .all({ ...p, ...walkTo(env, Math.ceil((2 * LIMIT * registry) / total)), n }) as { id: number }[];
    if (rest.length === n) return { ids: [...exact, ...rest].map((r) => r.id), total };
  }
  const rows = s
    .prepare(`SELECT ${COLUMNS} FROM ${FROM} WHERE ${NAME_IDS}
      ORDER BY (r.name = ?) DESC, b.sort_order, h.unit, h.room, r.id LIMIT ?`)
    .all(q, next(q), q, next(q), q, next(q), `%${q}%`, q, LIMIT) as { id: number }[];
  return { ids: rows.map((r) => r.id), total };
}
const inRoom =
  'SELECT r2.id FROM households h2 JOIN residents r2 ON r2.household_id = h2.id WHERE h2.room = ?';
/** Digits: phones starting or ending with them, ID numbers ending with them (up to 4), a room. */
const byDigits = (env: Env, q: string) => {
  const id = q.length <= 4;
  return handWritten(
    env,
    `r.id IN (${range('phone')} UNION ALL SELECT id FROM residents WHERE substr(phone, -3) = ?
      ${id ? 'UNION ALL SELECT id FROM residents WHERE substr(id_number, -3) = ?' : ''} UNION ALL ${inRoom})
      AND (r.phone LIKE ? OR r.phone LIKE ? ${id ? 'OR r.id_number LIKE ?' : ''} OR h.room = ?)`,
    [q, next(q), q.slice(-3), ...(id ? [q.slice(-3)] : []), q, `${q}%`, `%${q}`, ...(id ? [`%${q}`] : []), q],
    q,
  );
};

type Kind = { name: string; q: (s: Sample) => string; base: (env: Env, q: string) => unknown };

const KINDS: Kind[] = [
  { name: 'name', q: (s) => s.name, base: byName },
  { name: 'name prefix', q: (s) => s.name.slice(0, 2), base: byName },
  { name: 'one character', q: () => '王', base: byName },
  { name: 'phone tail', q: (s) => s.phone.slice(-5), base: byDigits },
  { name: 'ID last 4', q: (s) => s.idn.slice(-4), base: byDigits },
  {
    name: 'building-room',
    q: (s) => `${s.building.replace(/栋$/, '')}-${s.room}`,
    base: (env, q) => {
      const [b = '', room = ''] = q.split('-');
      return handWritten(
        env,
        '(b.name IN (?, ?, ?) AND h.room LIKE ?)',
        [b, `${b}栋`, `${b}号楼`, `${room}%`],
        q,
      );
    },
  },
];

export const searchFigures: Figure[] = KINDS.map((k) => ({
  name: `residents.search, ${k.name}`,
  goal: { ratio: 0.8, p95Ms: 30 },
  runs: 20,
  // The first kind measured would otherwise carry the warm-up of the router's path in its runs.
  warmups: 20,
  app: async (env) => {
    const r = await env.call('residents.search', { q: k.q(sample(env)), limit: LIMIT });
    return { ids: r.rows.map((x) => x.id), total: r.total };
  },
  base: (env) => k.base(env, k.q(sample(env))),
}));
