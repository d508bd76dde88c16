/**
 * A district-sized registry (issue 11: "feels as quick as the demo"): 20,000 households and a month
 * of a busy post's audit log, written before the host starts (seed-large.ts). The screens a cadre
 * opens first answer with the right figures: the buildings (picker, one building's counts), the
 * registration progress (the rooms still to visit, building by building), and the audit log (its
 * count, filtered by area, page after page, newest first).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import {
  test as base,
  E2E_NOW,
  expect,
  expectNoHorizontalOverflow,
  type Host,
  ROOT,
  shot,
  startServe,
} from './host';

const HOUSEHOLDS = 20_000;

const test = base.extend<{ host: Host }>({
  host: async ({ browserName: _browser }, use) => {
    const { host, stop } = await startServe([], { GATEPOST_NOW: E2E_NOW }, (dbPath) => {
      const seeded = spawnSync(
        join(ROOT, 'node_modules', '.bin', 'tsx'),
        [join(ROOT, 'tests', 'e2e', 'seed-large.ts'), dbPath, String(HOUSEHOLDS), E2E_NOW],
        { cwd: ROOT, encoding: 'utf8' },
      );
      if (seeded.status !== 0) throw new Error(`seed failed:\n${seeded.stdout}\n${seeded.stderr}`);
    });
    await use(host);
    await stop();
  },
});

/** One figure read straight from the file (read-only, beside the host). */
function figure<T>(host: Host, sql: string, ...args: unknown[]): T {
  const db = new Database(host.dbPath, { readonly: true });
  try {
    return db
      .prepare(sql)
      .pluck()
      .get(...args) as T;
  } finally {
    db.close();
  }
}

/** Milliseconds each /api call took the host, by method (the last of each). */
function serverTimes(page: import('@playwright/test').Page) {
  const times = new Map<string, number>();
  page.on('requestfinished', (r) => {
    if (!r.url().includes('/api/')) return;
    const t = r.timing();
    times.set(r.url().split('/api/')[1] ?? '', t.responseStart - t.requestStart);
  });
  return times;
}

test.setTimeout(120_000);

test('a district registry: buildings, registration progress and the audit log answer with the right figures', async ({
  page,
  host,
}) => {
  const times = serverTimes(page);
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /黄国栋/ })
    .click();

  // The buildings: a picker of every building (too many rooms for one board); the last one's counts.
  await page.getByRole('link', { name: '楼栋', exact: true }).click();
  const picker = page.getByLabel('选择楼栋');
  const buildings = figure<number>(host, 'SELECT count(*) FROM buildings');
  expect(buildings).toBeGreaterThan(100);
  await expect(picker.locator('option')).toHaveCount(buildings);
  const last = figure<number>(host, 'SELECT id FROM buildings ORDER BY sort_order DESC, id DESC LIMIT 1');
  const lastName = figure<string>(host, 'SELECT name FROM buildings WHERE id = ?', last);
  await picker.selectOption(String(last));
  const card = page.getByRole('region', { name: lastName, exact: true });
  const rooms = figure<number>(host, 'SELECT count(*) FROM households WHERE building_id = ?', last);
  const people = figure<number>(
    host,
    'SELECT count(*) FROM residents r JOIN households h ON h.id = r.household_id WHERE h.building_id = ?',
    last,
  );
  await expect(
    card.getByText(new RegExp(`^${rooms} 间 · \\d+ 户 · ${people} 人 · 未走访 \\d+$`)),
  ).toBeVisible();
  await expect(card.locator('a.room')).toHaveCount(rooms);
  // The rooms sit inside their card (the dashboard's grid once squeezed them into a quarter).
  const box = await card.boundingBox();
  const lastRoom = await card.locator('a.room').last().boundingBox();
  expect(box && lastRoom && lastRoom.x + lastRoom.width <= box.x + box.width).toBe(true);
  await expectNoHorizontalOverflow(page);
  await shot(page, '90-large-board');

  // Registration progress: every building's row, the total not visited, then one building's rooms.
  await page.getByRole('link', { name: '走访进度', exact: true }).click();
  const table = page.getByRole('table', { name: '走访进度' });
  await expect(table.locator('tbody tr')).toHaveCount(buildings);
  const notVisited = figure<number>(host, "SELECT count(*) FROM households WHERE reg_status = 'not_visited'");
  await expect(page.getByTestId('total-not-visited')).toHaveText(String(notVisited));
  const toVisit = page.getByRole('region', { name: '待走访房间' });
  await expect(toVisit.getByTestId('to-visit-count')).toHaveText(`待走访房间（${notVisited}）`);
  await expect(toVisit.locator('.chip')).toHaveCount(Math.min(500, notVisited));
  const second = figure<{ id: number; name: string; n: number } | undefined>(
    host,
    `SELECT json_object('id', b.id, 'name', b.name, 'n', count(*)) FROM buildings b JOIN households h ON h.building_id = b.id
     WHERE h.reg_status = 'not_visited' GROUP BY b.id ORDER BY b.sort_order, b.id LIMIT 1 OFFSET 1`,
  );
  const pick = JSON.parse(String(second)) as { id: number; name: string; n: number };
  await table.getByRole('button', { name: `查看${pick.name}的 ${pick.n} 间待走访房间` }).click();
  await expect(toVisit.getByTestId('to-visit-count')).toHaveText(`待走访房间（${pick.n}）`);
  await expect(toVisit.locator('.chip')).toHaveCount(pick.n);
  await expect(toVisit.locator('.chip').first()).toContainText(pick.name);
  await expect(toVisit.getByLabel('按楼栋查看待走访房间')).toHaveValue(String(pick.id));
  await expect(toVisit).toBeInViewport();
  await shot(page, '91-large-progress-one-building');
  await toVisit.getByLabel('按楼栋查看待走访房间').selectOption('');
  await expect(toVisit.getByTestId('to-visit-count')).toHaveText(`待走访房间（${notVisited}）`);

  // The audit log: its count, one area's count, three pages newest first.
  await page.getByRole('link', { name: '操作记录', exact: true }).click();
  const all = figure<number>(host, 'SELECT count(*) FROM audit_log');
  expect(all).toBeGreaterThan(60_000);
  await expect(page.getByTestId('audit-count')).toHaveText(`共 ${all} 条`);
  await page.getByLabel('模块').selectOption('stock');
  const stock = figure<number>(host, "SELECT count(*) FROM audit_log WHERE area = 'stock'");
  await expect(page.getByTestId('audit-count')).toHaveText(`共 ${stock} 条`);
  const rows = page.locator('.audit tbody tr');
  await expect(rows).toHaveCount(100);
  for (const n of [200, 300]) {
    await page.getByRole('button', { name: '加载更多' }).click();
    await expect(rows).toHaveCount(n);
  }
  const want = (
    figure<string>(
      host,
      "SELECT json_group_array(summary) FROM (SELECT summary FROM audit_log WHERE area = 'stock' ORDER BY at DESC, id DESC LIMIT 300)",
    ) as string
  ).toString();
  expect(await rows.locator('td.summary').allTextContents()).toEqual(JSON.parse(want));
  await shot(page, '92-large-audit');

  // What the host took for each (generous: a CI machine is slow; the 100k figures are in the report).
  for (const m of ['buildings.list', 'households.toVisit', 'audit.list', 'audit.areas'])
    expect(times.get(m), m).toBeLessThan(1500);
});
