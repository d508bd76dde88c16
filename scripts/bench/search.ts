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

/** The search as one hand-written statement: matching ids in the app's order, and how many there are. */
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

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

type Kind = { name: string; q: (s: Sample) => string; base: (env: Env, q: string) => unknown };

const KINDS: Kind[] = [
  {
    name: 'name',
    q: (s) => s.name,
    base: (env, q) => handWritten(env, "r.name LIKE ? ESCAPE '\\'", [like(q)], q),
  },
  {
    name: 'name prefix',
    q: (s) => s.name.slice(0, 2),
    base: (env, q) => handWritten(env, "r.name LIKE ? ESCAPE '\\'", [like(q)], q),
  },
  { name: 'one character', q: () => '王', base: (env, q) => handWritten(env, 'r.name LIKE ?', [like(q)], q) },
  {
    name: 'phone tail',
    q: (s) => s.phone.slice(-5),
    base: (env, q) => handWritten(env, '(r.phone LIKE ? OR h.room = ?)', [`%${q}%`, q], q),
  },
  {
    name: 'ID last 4',
    q: (s) => s.idn.slice(-4),
    base: (env, q) =>
      handWritten(env, '(r.phone LIKE ? OR r.id_number LIKE ? OR h.room = ?)', [`%${q}%`, `%${q}`, q], q),
  },
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
  app: async (env) => {
    const r = await env.call('residents.search', { q: k.q(sample(env)), limit: LIMIT });
    return { ids: r.rows.map((x) => x.id), total: r.total };
  },
  base: (env) => k.base(env, k.q(sample(env))),
}));
