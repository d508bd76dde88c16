import type * as ChildProcess from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { integrityChecked } from '../../db/integrity';
import { DatabaseOpenError, openDatabase } from '../../db/open';
import { backupBeforeMigration } from '../../db/restore';
import { loadArea } from '../api/areas';
import { startBackupSchedule } from '../api/backups/service';
import { outboxFor } from '../api/shared/outbox';
import { loadZhWords } from '../api/shared/zh-words';
import { saveCodeCache } from './code-cache';
import { defaultDbPath, hostClock, projectRoot } from './paths';
import { defaultStaticDir, startHost } from './server';

const USAGE = 'npm run serve -- [--db PATH [--new]] [--port N] [--demo]';
const NEW_HINT = '如确实要在这里新建一个空的数据库，请加 --new 参数。';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      db: { type: 'string' },
      port: { type: 'string', default: '5174' },
      demo: { type: 'boolean', default: false },
      /** Create a new database at --db (and its folders); without it a missing file is refused. */
      new: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  // The first screen's area is imported now: its files are read while the database opens, so the
  // overview's first call finds its modules loaded (issue 11: host start).
  void loadArea('overview').catch(() => undefined);
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`端口无效：${values.port}（${USAGE}）`);
  const root = projectRoot();
  const staticDir = defaultStaticDir(root);
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.log('界面尚未构建，正在构建（electron-vite build）…');
    // Loaded only here: node:child_process is not compiled on a normal start (issue 11). Required, not
    // imported: a built module with import() misses the code cache (code-cache.ts).
    const { spawnSync } = createRequire(import.meta.url)('node:child_process') as typeof ChildProcess;
    const build = spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('构建失败，请查看上面的输出');
  }
  const dbPath = resolve(values.db ?? defaultDbPath());
  if (values.new && existsSync(dbPath) && statSync(dbPath).size > 0)
    throw new Error(`文件 ${dbPath} 已存在，--new 只用于新建数据库。要打开它，请去掉 --new。`);
  // The app's own data folder is created on first start; a path the user typed must exist unless
  // they asked for a new database: a typo must not become an empty registry.
  const ifMissing = values.new || values.db === undefined ? 'folders' : 'refuse';
  const now = hostClock();
  const before = await backupBeforeMigration(dbPath, now());
  if (before) console.log(`升级数据库结构前已备份：${before.path}`);
  const db = openDatabase(dbPath, { ifMissing });
  if (values.demo) {
    // The demo is written only into a file that passed its check (it may be running in the background).
    const integrity = await integrityChecked(db.$client);
    if (integrity.state === 'failed') throw new Error(`数据库完整性检查未通过：${integrity.detail}`);
    const empty = db.$client.prepare('SELECT count(*) AS n FROM households').get() as { n: number };
    if (empty.n === 0) {
      // Loaded only here: a start without --demo does not parse the demo's writers.
      const [{ writeDemo }, { writeDemoStory }, { writeDemoTeam }] = await Promise.all([
        import('../demo/demo'),
        import('../demo/demo-story'),
        import('../demo/demo-team'),
      ]);
      const s = writeDemo(db, { now: now() });
      const story = await writeDemoStory(db, now());
      await writeDemoTeam(db, now());
      console.log(
        `已载入示范小区金南苑：${s.households} 户，${s.residents} 人；隔离酒店安置 ${story.returnees} 人`,
      );
    } else {
      console.log('数据库中已有住户数据，未载入示范小区');
    }
  }
  // Files a previous run wrote for download and nobody fetched are stale now.
  outboxFor(dbPath).clearStale();
  const schedule = startBackupSchedule({ db: db.$client, dbPath, now });
  const context = { now, paths: { db: dbPath }, backup: schedule.backup };
  startHost({ db, context, staticDir, port }).then(({ server, url }) => {
    console.log(`Gatepost 已启动：${url}  数据库：${dbPath}`);
    // The compiled modules are saved once the first call is answered (electron/host/code-cache.ts),
    // with what that call ran compiled in; the next start reads them instead of compiling.
    server.on('request', function first(req: IncomingMessage, res: ServerResponse) {
      if (!req.url?.startsWith('/api/')) return;
      server.off('request', first);
      res.once('finish', () => setImmediate(saveCodeCache));
    });
    // The words, once the first screen's reads are answered (api/shared/zh-words.ts).
    setTimeout(() => void loadZhWords(), 500).unref();
    let stopping = false;
    const stop = (): void => {
      if (stopping) return;
      stopping = true;
      server.close();
      saveCodeCache();
      // The on-close backup, bounded in time; then the database is closed cleanly.
      void schedule.stop(process.env.GATEPOST_NO_CLOSE_BACKUP !== '1').finally(() => {
        db.$client.close();
        process.exit(0);
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  }, fatal);
}

function fatal(e: unknown): never {
  if (e instanceof DatabaseOpenError)
    console.error(`无法打开数据库：${e.message}${e.reason === 'missing' ? NEW_HINT : ''}`);
  else if ((e as { code?: string }).code === 'EADDRINUSE')
    console.error('端口已被占用，请用 --port 换一个端口');
  else console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}

main().catch(fatal);
