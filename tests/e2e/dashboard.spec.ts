/**
 * Issue 15, the commander's dashboard on the demo post at 1366×768: alerts first, then people and
 * homes, duty, days of cover, today's rounds and the trends, each chart with its table; a figure
 * opens the list behind it; the same screen in English with no program Chinese.
 */
import type { Page } from '@playwright/test';
import { programChinese } from './cjk';
import { expect, expectNoHorizontalOverflow, shot, test } from './host';

async function signIn(page: Page, url: string) {
  await page.goto(url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /林晓梅/ })
    .click();
}

test('dashboard: one screen at 1366×768 in Chinese and English; alerts first; charts with tables; figures open their lists', async ({
  page,
  host,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, host.url);
  await page.getByRole('link', { name: '指挥看板', exact: true }).click();
  await expect(page).toHaveURL(/#\/dashboard$/);
  const alerts = page.getByTestId('board-alerts');
  await expect(alerts.getByRole('heading', { name: '待处理（按紧急程度）' })).toBeVisible();
  for (const title of ['人员与住房', '值班', '物资可用天数', '今日测温', '封闭以来趋势'])
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  // Charts drawn (recharts): bars for people, posts and items; four lines over the closure days.
  await expect(page.getByTestId('board-occupancy').locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  await expect(page.getByTestId('board-stock').locator('.recharts-bar-rectangle')).not.toHaveCount(0);
  await expect(page.getByTestId('board-trends').locator('.recharts-line')).toHaveCount(4);
  // The alerts, most urgent first: the demo's supplies have masks below their reorder level.
  const items = alerts.getByRole('listitem');
  await expect(items.filter({ hasText: '低于补货线' }).first()).toBeVisible();
  const texts = await items.allTextContents();
  const rank = (s: string) =>
    [/发热/, /无人在岗/, /人手不足/, /补货线/, /跑腿/, /未联系上/, /待决定/, /待安排房间/].findIndex((r) =>
      r.test(s),
    );
  const ranks = texts.map(rank);
  expect(ranks.every((r) => r >= 0)).toBe(true);
  expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
  // Every chart's table is in the page for screen readers (and print).
  for (const name of ['居民去向', '值班', '物资可用天数', '今日测温', '封闭以来趋势'])
    await expect(page.getByRole('table', { name })).toHaveCount(1);
  await expectNoHorizontalOverflow(page);
  // One screen: nothing to scroll at 1366×768.
  const tall = await page.locator('main.content').evaluate((m) => m.scrollHeight - m.clientHeight);
  expect(tall).toBeLessThanOrEqual(0);
  await shot(page, '90-dashboard');

  // A chart shown as its table; its figures are links to the list behind them.
  const stock = page.getByTestId('board-stock');
  await stock.getByRole('button', { name: '表格' }).click();
  const table = stock.getByRole('table', { name: '物资可用天数' });
  await expect(table).toBeVisible();
  const masks = table.getByRole('row').filter({ hasText: '口罩' }).first();
  await expect(masks).toHaveClass(/board-bad/);
  await shot(page, '91-dashboard-table');
  await masks.getByRole('link').first().click();
  await expect(page).toHaveURL(/#\/stock\/ledger\?item=[0-9a-f-]{36}$/);

  // An alert opens its list.
  await page.goto(`${host.url}#/dashboard`);
  await page
    .getByTestId('board-alerts')
    .getByRole('link', { name: /低于补货线/ })
    .first()
    .click();
  await expect(page).toHaveURL(/#\/stock\/dashboard$/);

  // English: the program's words in English, only the data Chinese; still one screen.
  await page.goto(`${host.url}#/dashboard`);
  await page.mouse.move(0, 0);
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Needs action (most urgent first)' })).toBeVisible();
  for (const title of [
    'People and homes',
    'On duty now',
    'Days of cover',
    "Today's rounds",
    'Since the closure began',
  ])
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  await expect(
    page
      .getByTestId('board-alerts')
      .getByRole('link', { name: /below its reorder level/ })
      .first(),
  ).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await expectNoHorizontalOverflow(page);
  const tallEn = await page.locator('main.content').evaluate((m) => m.scrollHeight - m.clientHeight);
  expect(tallEn).toBeLessThanOrEqual(0);
  await shot(page, '92-dashboard-en');
  expect(errors).toEqual([]);
});
