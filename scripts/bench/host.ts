// Host start → overview answered: the web host as `npm run serve` starts it, beside a bare node
// process that opens the same file with better-sqlite3 and counts the same overview numbers.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../electron/host/paths';
import { AWAITING, OPEN_FEVERS } from './registry';

const root = projectRoot();

/** How `npm run serve` starts the host: the prebuilt JavaScript when built, else through tsx. */
export function hostCommand(): string[] {
  const built = join(root, 'out', 'main', 'host.js');
  return existsSync(built)
    ? [built]
    : [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'electron/host/cli.ts'];
}

type Started = { ms: number; answer: unknown };

/** Spawn the host on a free port, ask for the overview, time it, stop the host. */
export function hostStart(dbPath: string, now: string): Promise<Started> {
  const t = performance.now();
  const child = spawn(process.execPath, [...hostCommand(), '--db', dbPath, '--port', '0'], {
    cwd: root,
    env: { ...process.env, GATEPOST_NOW: now, GATEPOST_NO_CLOSE_BACKUP: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  return new Promise<Started>((ok, ko) => {
    child.stderr.on('data', (d: Buffer) => {
      out += d.toString();
    });
    child.stdout.on('data', async (d: Buffer) => {
      out += d.toString();
      const url = out.match(/已启动：(http:\/\/127\.0\.0\.1:\d+\/)/)?.[1];
      if (!url || child.killed) return;
      child.stdout.removeAllListeners('data');
      try {
        const res = await fetch(`${url}api/overview.get`, { method: 'POST', body: '{}' });
        const body = (await res.json()) as { ok: boolean; value: { counts: unknown } };
        const ms = performance.now() - t;
        child.once('exit', () => ok({ ms, answer: body.value.counts }));
        child.kill('SIGTERM');
      } catch (e) {
        child.kill('SIGKILL');
        ko(e);
      }
    });
    child.once('exit', (code) => {
      if (code !== 0 && code !== null) ko(new Error(`host exited ${code}: ${out}`));
    });
  });
}

const BARE = `
const Database = require(${JSON.stringify(join(root, 'node_modules', 'better-sqlite3'))});
const db = new Database(process.argv[1], { readonly: true });
const [today, elderly, child, now] = process.argv.slice(2);
const staleMinutes = db.prepare('SELECT errand_stale_minutes AS m FROM compound WHERE id = 1').get().m;
const staleCut = new Date(Date.parse(now) - staleMinutes * 60000).toISOString();
const one = (sql, ...p) => db.prepare(sql).get(...p).n;
const occ = (k) => one('SELECT count(*) AS n FROM households WHERE occupancy = ?', k);
console.log(JSON.stringify({
  buildings: one('SELECT count(*) AS n FROM buildings'), households: occ('occupied'),
  vacantRooms: occ('vacant'), unknownRooms: occ('unknown'), residents: one('SELECT count(*) AS n FROM residents'),
  elderly: one('SELECT count(*) AS n FROM residents WHERE birth_date <= ?', elderly),
  children: one('SELECT count(*) AS n FROM residents WHERE birth_date > ? AND birth_date <= ?', child, today),
  notVisited: one("SELECT count(*) AS n FROM households WHERE reg_status = 'not_visited'"),
  inHotel: one('SELECT count(*) AS n FROM hotel_stays WHERE ended_at IS NULL'),
  notContactedToday: one('SELECT count(*) AS n FROM hotel_stays s WHERE s.ended_at IS NULL AND NOT EXISTS (SELECT 1 FROM hotel_contacts c WHERE c.returnee_id = s.returnee_id AND c.day = ? AND c.reached = 1)', today),
  undecidedReturnees: one('SELECT count(*) AS n FROM returnees WHERE outcome IS NULL'),
  awaitingPlacement: one(\`SELECT count(*) AS n FROM returnees r WHERE ${AWAITING}\`),
  feverAlerts: one(\`${OPEN_FEVERS}\`),
  errandsOpen: one('SELECT count(*) AS n FROM errands WHERE open = 1'),
  errandsStale: one('SELECT count(*) AS n FROM errands WHERE open = 1 AND state_since <= ?', staleCut),
}));`;

/** The baseline: a bare node process that opens the file and counts. */
export function bareStart(dbPath: string, args: string[]): Promise<Started> {
  const t = performance.now();
  const child = spawn(process.execPath, ['-e', BARE, dbPath, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  return new Promise((ok, ko) =>
    child.once('exit', (code) =>
      code === 0
        ? ok({ ms: performance.now() - t, answer: JSON.parse(out) })
        : ko(new Error(`bare exited ${code}`)),
    ),
  );
}
