// tsx tests/e2e/seed-large.ts DB HOUSEHOLDS NOW — a large registry for large-registry.spec.ts, written
// before the host starts: the demo's registry writer at a district's shape (its team included), and
// a month of a busy post's audit log and a busy gate's morning (the story's steps, one by one, would
// take minutes).
import { openDatabase } from '../../db/open';
import { writeDemo } from '../../electron/demo/demo';

const [path, households, nowText] = process.argv.slice(2);
if (!path || !households || !nowText) throw new Error('usage: seed-large.ts DB HOUSEHOLDS NOW');
const now = new Date(nowText);
const db = openDatabase(path);
const s = writeDemo(db, { households: Number(households), now });
const AREAS = ['stock', 'households', 'hotels', 'health', 'roster', 'errands', 'cash', 'gate'];
const ROWS = 60_000;
const insert = db.$client.prepare(
  `INSERT INTO audit_log (at, operator_id, operator_name, method, area, entity, entity_id, summary)
   VALUES (?, 1, '黄国栋', ?, ?, ?, ?, ?)`,
);
db.$client.transaction(() => {
  for (let i = 0; i < ROWS; i++) {
    // Every 40 s back from now, the areas in turn but the stock's twice as often.
    const area = AREAS[i % 3 === 0 ? 0 : i % AREAS.length] as string;
    const at = new Date(now.getTime() - (ROWS - i) * 40_000).toISOString();
    insert.run(at, `${area}.x`, area, area, i + 1, `${area} 第 ${i + 1} 条`);
  }
})();
// The gate's morning: an entry every 30 s back from now at the first post (北门 if the registry has
// none), more than the list's 500.
const GATE_ROWS = 600;
const post =
  (db.$client.prepare('SELECT id FROM duty_posts ORDER BY id LIMIT 1').pluck().get() as number | undefined) ??
  Number(
    db.$client.prepare("INSERT INTO duty_posts (name, sort_order) VALUES ('北门', 1)").run().lastInsertRowid,
  );
const gate = db.$client.prepare(
  `INSERT INTO gate_log (post_id, at, direction, kind, who, on_duty, recorded_by, recorded_by_id, temperature)
   VALUES (?, ?, ?, 'delivery', ?, '黄国栋', '黄国栋', 1, 36.5)`,
);
db.$client.transaction(() => {
  for (let i = 0; i < GATE_ROWS; i++) {
    const at = new Date(now.getTime() - (GATE_ROWS - i) * 30_000).toISOString();
    gate.run(post, at, i % 2 ? 'out' : 'in', `送货员${i + 1}号`);
  }
})();
db.$client.close();
console.log(
  `seeded ${s.households} households, ${s.residents} residents, ${ROWS} audit rows, ${GATE_ROWS} gate entries`,
);
