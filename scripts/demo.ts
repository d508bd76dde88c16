// npm run demo -- --db PATH [--households N [--story]] [--seed S]
// The demo community (77 households) with its whole story: the team, the roster, the hotel, supplies,
// errands and rounds. With --households N, a synthetic registry of that size alone (what the bench
// and a test of a district need); --story writes the story over it too (minutes at 20,000 households).
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '../db/open';
import { writeDemo } from '../electron/demo/demo';
import { writeDemoStory } from '../electron/demo/demo-story';
import { writeDemoTeam } from '../electron/demo/demo-team';
import { hostClock } from '../electron/host/paths';

const { values } = parseArgs({
  options: {
    db: { type: 'string' },
    households: { type: 'string' },
    seed: { type: 'string' },
    story: { type: 'boolean', default: false },
  },
});
if (!values.db) {
  console.error('用法：npm run demo -- --db PATH [--households N [--story]] [--seed S]');
  process.exit(2);
}
const households = values.households ? Number(values.households) : undefined;
if (households !== undefined && (!Number.isInteger(households) || households < 1 || households > 1_000_000)) {
  console.error(`--households 应为 1–1000000 的整数：${values.households}`);
  process.exit(2);
}
const path = resolve(values.db);
mkdirSync(dirname(path), { recursive: true });
const started = performance.now();
try {
  const db = openDatabase(path);
  const now = hostClock()();
  const s = writeDemo(db, { households, seed: values.seed ? Number(values.seed) : undefined, now });
  const withStory = households === undefined || values.story;
  const story = withStory ? await writeDemoStory(db, now) : null;
  if (withStory) await writeDemoTeam(db, now);
  db.$client.close();
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  const hotel = story ? `，隔离酒店 ${story.returnees} 人` : '（仅住户名册）';
  console.log(
    `已写入 ${path}：${s.buildings} 栋，${s.households} 户，${s.residents} 人${hotel}（${secs} 秒）`,
  );
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}
