// tsx tests/e2e/seed-large.ts DB HOUSEHOLDS NOW — a large registry for large-registry.spec.ts, written
// before the host starts: the demo's registry writer at a district's shape (its team included), and
// a month of a busy post's audit log (the story's steps, one by one, would take minutes).
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
db.$client.close();
console.log(`seeded ${s.households} households, ${s.residents} residents, ${ROWS} audit rows`);
