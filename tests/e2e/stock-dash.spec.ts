/**
 * Issue 12, the stock dashboard and what hangs off it, on the demo's supplies: read the dashboard in
 * both languages at 1366×768, print the request to the town and a count sheet to PDF, and count with a
 * difference (the adjustment is posted and the books follow).
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { programChinese } from './cjk';
import { expect, expectNoHorizontalOverflow, SHOTS, shot, test } from './host';

async function signIn(page: Page, url: string) {
  await page.goto(url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /林晓梅/ })
    .click();
}

async function pdfOf(page: Page, name: string) {
  await page.emulateMedia({ media: 'print' });
  const pdf = join(SHOTS, `${name}.pdf`);
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, join(SHOTS, name)]);
  return {
    info: execFileSync('pdfinfo', [pdf]).toString(),
    text: execFileSync('pdftotext', ['-layout', pdf, '-']).toString(),
  };
}

test('stock dashboard: what runs out first, in Chinese and English, each chart with its table; a bar or a row opens the ledger', async ({
  page,
  host,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await signIn(page, host.url);
  await page.getByRole('link', { name: '物资', exact: true }).click();
  await page.getByRole('navigation', { name: '物资' }).getByRole('link', { name: '看板' }).click();
  await expect(page.getByRole('link', { name: '看板', exact: true })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('dash-summary')).toContainText('1 种物资低于补货线，1 个批次 7 天内到期');
  for (const title of [
    '库存占补货线的百分比（红色虚线为补货线）',
    '可用天数',
    '封闭以来每日发放',
    '近期到期（7 天内）',
  ])
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
  // Six items on hand against the reorder level; the masks' bar is the first (lowest share).
  await expect(page.locator('.dash-chart').first().locator('.recharts-bar-rectangle')).toHaveCount(6);
  await expect(page.locator('.dash-chart').nth(2).locator('.recharts-line')).toHaveCount(6);
  const expiring = page.getByRole('table', { name: '近期到期的批次' });
  await expect(expiring).toContainText('75% 酒精 500ml');
  await expect(expiring).toContainText('JJ-A');
  await expect(expiring).toContainText('2026-12-03');
  await expectNoHorizontalOverflow(page);
  // Everything fits the laptop's screen: no page scroll at 1366×768.
  const tall = await page.locator('main.content').evaluate((m) => m.scrollHeight - m.clientHeight);
  expect(tall).toBeLessThanOrEqual(0);
  await shot(page, '70-stock-dashboard');

  // The chart's table: the same figures, read by a screen reader, shown on request.
  const levels = page.getByRole('region', { name: '库存占补货线的百分比（红色虚线为补货线）' });
  await levels.getByRole('button', { name: '以表格查看' }).click();
  const table = levels.getByRole('table', { name: '各物资库存、补货线与可用天数' });
  const masks = table.getByRole('row').filter({ hasText: '医用外科口罩' });
  await expect(masks).toContainText('低于补货线 1000');
  await expect(masks.getByRole('cell').nth(2)).toHaveText('1000');
  await shot(page, '71-stock-dashboard-table');
  await masks.getByRole('link', { name: '医用外科口罩' }).click();
  await expect(page).toHaveURL(/#\/stock\/ledger\?item=[0-9a-f-]{36}$/);

  // A bar opens its item's ledger too.
  await page.goto(`${host.url}#/stock/dashboard`);
  await page.locator('.dash-chart').first().locator('.recharts-bar-rectangle').first().click();
  await expect(page).toHaveURL(/#\/stock\/ledger\?item=[0-9a-f-]{36}$/);

  // English: the program's words in English, only the data (item names, lots) Chinese.
  await page.goto(`${host.url}#/stock/dashboard`);
  await page.mouse.move(0, 0);
  await page.getByLabel('语言').selectOption('en');
  await expect(page.locator('a.stock-tab', { hasText: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByTestId('dash-summary')).toContainText(
    'items below the reorder level: 1 · lots expiring within 7 days: 1',
  );
  await expect(page.getByRole('heading', { name: 'Days of cover' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await expectNoHorizontalOverflow(page);
  await shot(page, '72-stock-dashboard-en');
  expect(errors).toEqual([]);
});

test('request to the town: items below reorder and lots expiring within 7 days, quantity edited, printed on A4', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await page.goto(`${host.url}#/stock/request`);
  await expect(page.getByRole('heading', { name: '金南苑 防疫物资补充申请' })).toBeVisible();
  const rows = page.locator('.request-table tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '医用外科口罩' })).toContainText('925 个');
  await expect(page.getByLabel('医用外科口罩 的备注')).toHaveValue('低于补货线 1000');
  await expect(page.getByLabel('75% 酒精 500ml 的备注')).toHaveValue('批次 JJ-A 于 2026-12-03 到期，尚余 19');
  // Masks: up to twice the reorder level (2000 − 925); alcohol: what expires, to be replaced.
  await expect(page.getByLabel('医用外科口罩 的申请数量')).toHaveValue('1075');
  await expect(page.getByLabel('75% 酒精 500ml 的申请数量')).toHaveValue('19');
  const asked = page.getByLabel('医用外科口罩 的申请数量');
  await asked.fill('2000');
  await expectNoHorizontalOverflow(page);
  await shot(page, '73-stock-request');
  const { info, text } = await pdfOf(page, '74-stock-request');
  expect(info).toMatch(/Pages:\s+1/);
  expect(info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
  expect(text).toContain('防疫物资补充申请');
  expect(text).toMatch(/医用外科口罩.*2000/);
  expect(text).toContain('指挥长（签字）');
  expect(text).toContain('批次 JJ-A 于 2026-12-03 到期，尚余 19');
  expect(text).not.toContain('打印申请');
  expect(text).not.toContain('补货申请 ');
});

test('count: the sheet prints (blind), a count with a difference posts an adjustment and the books follow', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await page.goto(`${host.url}#/stock/count`);
  await expect(page.getByRole('link', { name: '盘点', exact: true })).toHaveAttribute('aria-current', 'page');
  const rows = page.locator('.count-table tbody tr');
  await expect(rows.filter({ hasText: '一次性手套' })).toBeVisible();
  const n = await rows.count();
  expect(n).toBeGreaterThanOrEqual(6);
  await shot(page, '75-stock-count');

  // The blind sheet: no book figures, a signature line.
  await page.getByRole('link', { name: '打印盲盘表（不显示账面数）' }).click();
  await expect(page.getByRole('heading', { name: '金南苑 物资盘点表' })).toBeVisible();
  await expect(page.getByText('盲盘：账面数不显示')).toBeVisible();
  await shot(page, '76-stock-count-sheet');
  const sheet = await pdfOf(page, '77-stock-count-sheet');
  expect(sheet.info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
  expect(sheet.text).toContain('一次性手套');
  expect(sheet.text).toContain('复核人（签字）');
  await page.getByRole('link', { name: '← 返回盘点' }).click();

  // Counted as the books say, except the gloves: 2 fewer.
  const gloves = rows.filter({ hasText: '一次性手套' });
  const books = Number((await gloves.locator('td').nth(3).textContent())?.split(' ')[0]);
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    const said = Number((await row.locator('td').nth(3).textContent())?.split(' ')[0]);
    await row.locator('input').fill(String(said));
  }
  await gloves.locator('input').fill(String(books - 2));
  await expect(gloves.getByTestId('count-diff')).toHaveText('-2');
  // A difference needs its reason.
  await page.getByRole('button', { name: '提交盘点' }).click();
  await expect(page.locator('.count-foot .field-error')).toHaveText('盘点有差异，请选择差异原因');
  await page.getByLabel('差异原因').selectOption('damaged');
  await page.getByRole('button', { name: '提交盘点' }).click();
  const done = page.getByTestId('count-done');
  await expect(done).toContainText(`已盘点 ${n} 项，其中 1 项有差异`);
  await expect(done).toContainText(`账面 ${books}，实盘 ${books - 2}，差异 -2`);
  await shot(page, '78-stock-count-done');
  // The books now say what was counted.
  await page.getByRole('button', { name: '再盘一次' }).click();
  await expect(rows.filter({ hasText: '一次性手套' }).locator('td').nth(3)).toHaveText(`${books - 2} 副`);
});

test('a hotel guest need met from stock: the handling gives from the store, the need shows it, reopening takes it back', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  /** What the store's books say of a lot, on the count screen (a fresh answer, not the cached one). */
  const books = async (lot: string, says: string) => {
    await page.goto(`${host.url}#/stock/count`);
    const row = page.locator('.count-table tbody tr').filter({ hasText: lot });
    await expect(row.locator('td').nth(3)).toHaveText(says);
  };
  await books('JJ-A', '19 瓶');
  await page.getByRole('link', { name: '隔离酒店', exact: true }).click();
  const guests = page.getByRole('table', { name: /在住人员/ }).getByRole('row');
  const name = ((await guests.nth(3).locator('td').nth(1).locator('a').textContent()) ?? '').trim();
  const row = guests.filter({ hasText: name });
  await row.getByRole('button', { name: '登记需求' }).click();
  const need = page.getByRole('dialog', { name: `${name} 登记需求` });
  await need.getByLabel('酒精').check();
  await need.getByRole('button', { name: '登记需求' }).click();
  await expect(need).toBeHidden();
  await row.getByRole('link', { name }).click();
  const alcohol = page.getByTestId('needs').locator('li').filter({ hasText: '酒精' });
  await alcohol.getByRole('button', { name: '处理' }).click();
  const file = page.url();
  const handle = page.getByRole('dialog', { name: '酒精 · 处理' });
  await handle.getByLabel('从库存发放').check();
  // Giving from stock means delivered; the likely item (disinfection) is chosen first.
  await expect(handle.getByLabel('处理结果')).toHaveValue('delivered');
  await expect(handle.getByLabel('物资')).toHaveValue(/[0-9a-f-]{36}/);
  await expect(handle.getByLabel('物资').locator('option:checked')).toHaveText(
    '75% 酒精 500ml（现有 67 瓶）',
  );
  await handle.getByLabel('数量').fill('2');
  await shot(page, '79-need-from-stock');
  await handle.getByRole('button', { name: '标记已处理' }).click();
  await expect(handle).toBeHidden();
  await expect(alcohol).toContainText('已处理');
  await expect(alcohol.getByTestId('need-given')).toHaveText('已发：75% 酒精 500ml 2 瓶');
  await expectNoHorizontalOverflow(page);
  // The lot expiring first gave them.
  await books('JJ-A', '17 瓶');
  await page.goto(file);
  await alcohol.getByRole('button', { name: '撤销处理' }).click();
  const reopen = page.getByRole('dialog', { name: '酒精 · 撤销处理' });
  await reopen.getByLabel('撤销理由').fill('送错房间了');
  await reopen.getByRole('button', { name: '撤销处理' }).click();
  await expect(reopen).toBeHidden();
  await expect(alcohol).toContainText('待处理');
  await expect(alcohol.getByTestId('need-given')).toHaveCount(0);
  await books('JJ-A', '19 瓶');
});
