/**
 * The supplies screens (issue 12) as a person uses them: add items, receive a delivery line by line,
 * issue to a household found by its room, see the balance go down and the ledger line, issue more
 * than the books hold with a reason and see the balance below zero in red with 需要盘点, reverse a
 * movement; a delivery note from a sheet previewed with its problems, then received; the screens in
 * English with no program-made Chinese. Screenshots at 1366x768 in both languages.
 */
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { programChinese } from './cjk';
import { expect, expectNoHorizontalOverflow, shot, test } from './host';

async function signIn(page: Page, url: string) {
  await page.goto(url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /黄国栋/ })
    .click();
  await expect(page.getByRole('link', { name: '物资', exact: true })).toBeVisible();
}

/** Items through the API, as the catalogue form would save them. */
async function seedItems(page: Page) {
  await page.evaluate(async () => {
    const post = (method: string, input: object) =>
      fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gatepost-operator': '1' },
        body: JSON.stringify(input),
      }).then((r) => r.json());
    await post('stock.saveItem', {
      name: '口罩',
      unit: '个',
      category: 'protection',
      byLot: true,
      minLevel: 100,
      reorderLevel: 500,
      dailyNorm: 1,
    });
    await post('stock.saveItem', { name: '酒精', unit: '瓶', category: 'disinfection', byLot: true });
    await post('stock.saveItem', { name: '大米', unit: '袋', category: 'food' });
  });
}

const itemRow = (page: Page, name: string) => page.locator(`tr.stock-row[data-item="${name}"]`);

test('receive a delivery, issue to a household, see the balance and the ledger; short issue shows 需要盘点 in red', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  await signIn(page, host.url);
  await page.getByRole('link', { name: '物资', exact: true }).click();
  await expect(page.getByRole('navigation', { name: '物资' })).toBeVisible();

  // The catalogue: one item through the form, the others as the API saves them.
  await page.getByRole('link', { name: '物品', exact: true }).click();
  const form = page.getByRole('form', { name: '新增物品' });
  await form.getByLabel('物品').fill('手套');
  await form.getByLabel('单位').fill('副');
  await form.getByLabel('补货线').fill('50');
  await form.getByRole('button', { name: '新增物品' }).click();
  await expect(page.getByRole('table', { name: '物品' })).toContainText('手套');
  await seedItems(page);
  await page.reload();
  await expect(page.getByRole('table', { name: '物品' })).toContainText('口罩');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'stock-01-items');

  // Receive: two lines, the second added with Enter in the first quantity.
  await page.getByRole('link', { name: '入库', exact: true }).click();
  const receiveForm = page.getByRole('form', { name: '登记入库' });
  // Nothing chosen yet: the line says what is missing, beside its fields.
  await receiveForm.getByRole('button', { name: '入库', exact: true }).click();
  await expect(receiveForm.locator('.field-error')).toHaveText(['必填', '必填']);
  await page.getByLabel('来源名称（捐赠人、镇里、供应商）').first().fill('城西镇');
  await page.getByLabel('物品 1').selectOption({ label: '口罩（个）' });
  await page.getByLabel('批号 1').fill('M-01');
  await page.getByLabel('有效期 1').fill('2027-06-30');
  await page.getByLabel('数量 1').fill('1000');
  await page.getByLabel('数量 1').press('Enter');
  await expect(page.getByLabel('物品 2')).toBeFocused();
  await page.getByLabel('物品 2').selectOption({ label: '酒精（瓶）' });
  await page.getByLabel('批号 2').fill('A-01');
  await page.getByLabel('数量 2').fill('3');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'stock-02-receive');
  await page
    .getByRole('form', { name: '登记入库' })
    .getByRole('button', { name: '入库', exact: true })
    .click();
  await expect(page.getByText('已入库 2 行')).toBeVisible();

  // The balances: 1000 masks; issue 30 to a household found by its building.
  await page.getByRole('link', { name: '库存', exact: true }).click();
  await expect(itemRow(page, '口罩')).toContainText('1000 个');
  await itemRow(page, '口罩').getByRole('button', { name: '发放' }).click();
  const issue = page.getByRole('dialog', { name: '发放 口罩' });
  await issue.getByLabel('输入楼栋房号或姓名查找').fill('1栋');
  const first = issue.getByRole('list', { name: '领取人' }).getByRole('button').first();
  const household = (await first.textContent()) ?? '';
  expect(household).toContain('1栋');
  await first.click();
  await expect(issue.getByText(`✓ ${household}`)).toBeVisible();
  await issue.getByLabel(/^数量/).fill('30');
  await issue.getByRole('button', { name: '发放', exact: true }).click();
  await expect(issue).toBeHidden();
  await expect(itemRow(page, '口罩')).toContainText('970 个');

  // More alcohol than the books hold: refused on the quantity, then given with a reason.
  await itemRow(page, '酒精').getByRole('button', { name: '发放' }).click();
  const short = page.getByRole('dialog', { name: '发放 酒精' });
  await short.getByLabel('输入楼栋房号或姓名查找').fill(household.split(' ').slice(0, 2).join(' '));
  await short.getByRole('list', { name: '领取人' }).getByRole('button').first().click();
  await short.getByLabel(/^数量/).fill('5');
  await short.getByRole('button', { name: '发放', exact: true }).click();
  await expect(short.locator('.field-error')).toContainText('账面只有 3 瓶，不够 5 瓶');
  await short.getByLabel('账面不足时的原因').fill('实物多出两瓶，已发出');
  await short.getByRole('button', { name: '发放', exact: true }).click();
  await expect(short).toBeHidden();
  const alcohol = itemRow(page, '酒精');
  await expect(alcohol).toContainText('-2 瓶');
  await expect(alcohol.locator('.badge.bad')).toHaveText('需要盘点');
  await expect(alcohol.locator('.qty.negative')).toHaveCSS('color', 'rgb(185, 28, 28)');
  // Opened: per place and lot, the lot's balance below zero too.
  await alcohol.getByRole('button', { name: '▸' }).click();
  await expect(page.locator('tr.stock-sub').filter({ hasText: 'A-01' })).toContainText('需要盘点');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'stock-03-balances');

  // The ledger: newest first, the short issue with its reason, the household's issue with its lot.
  await itemRow(page, '口罩').getByRole('link', { name: '口罩' }).click();
  await expect(page).toHaveURL(/#\/stock\/ledger\?item=/);
  const ledger = page.getByRole('table', { name: '出入库台账' });
  await expect(ledger.locator('tbody tr')).toHaveCount(2);
  const issued = ledger.locator('tbody tr').first();
  await expect(issued).toContainText('发放');
  await expect(issued).toContainText('-30 个 口罩 · 批号 M-01');
  await expect(issued).toContainText(`住户 ${household}`);
  await expect(issued).toContainText('黄国栋');
  // Undo is a reversal with a reason; the balance comes back, the movement stays, marked reversed.
  await issued.getByRole('button', { name: '冲销' }).click();
  const rev = page.getByRole('dialog', { name: /冲销这笔发放/ });
  await rev.getByLabel('冲销原因').fill('发错了户');
  await rev.getByRole('button', { name: '冲销' }).click();
  await expect(ledger.locator('tbody tr')).toHaveCount(3);
  await expect(ledger.locator('tbody tr').first()).toContainText('冲销');
  await expect(ledger.locator('tbody tr').nth(1).locator('.badge')).toHaveText('已冲销');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'stock-04-ledger');
  await page.getByRole('link', { name: '库存', exact: true }).click();
  await expect(itemRow(page, '口罩')).toContainText('1000 个');
});

async function noteFile(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('送货单');
  ws.addRow(['物品', '单位', '批号', '有效期', '数量']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

test('a delivery note: problems listed by row and nothing received; the fixed note is received as previewed', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await seedItems(page);
  await page.goto(`${host.url}#/stock/receive`);
  const chooser = page.getByLabel('选择送货单文件');
  await chooser.setInputFiles({
    name: '城西镇送货单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await noteFile([
      ['口罩', '个', 'M-09', '2027-03-31', 2000],
      ['消毒液', '瓶', '', '', 20],
      ['大米', '袋', '', '', '十'],
    ]),
  });
  const issues = page.getByRole('table', { name: '问题' });
  await expect(issues.locator('tbody tr')).toHaveCount(2);
  await expect(issues.locator('tbody tr').first()).toContainText('物资目录里没有“消毒液”');
  await expect(issues.locator('tbody tr').nth(1)).toContainText('数量“十”不是正整数');
  await expect(page.getByRole('button', { name: '按此送货单入库' })).toBeDisabled();
  await expectNoHorizontalOverflow(page);
  await shot(page, 'stock-05-note-problems');

  await chooser.setInputFiles({
    name: '城西镇送货单.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: await noteFile([
      ['口罩', '个', 'M-09', '2027-03-31', 2000],
      ['大米', '袋', '', '', 10],
    ]),
  });
  await expect(page.getByText('共 2 行，可入库 2 行，合计 2010 件')).toBeVisible();
  const note = page.getByRole('form', { name: '从送货单导入（Excel）' });
  await note.getByLabel('来源名称（捐赠人、镇里、供应商）').fill('城西镇');
  await note.getByRole('button', { name: '按此送货单入库' }).click();
  await expect(page.getByText('已入库 2 行')).toBeVisible();
  await page.getByRole('link', { name: '库存', exact: true }).click();
  await expect(itemRow(page, '口罩')).toContainText('2000 个');
  await expect(itemRow(page, '大米')).toContainText('10 袋');
});

test('the supplies screens in English: no program-made Chinese, nothing overlaps', async ({ page, host }) => {
  test.setTimeout(120_000);
  await signIn(page, host.url);
  await seedItems(page);
  await page.evaluate(async () => {
    const post = (method: string, input: object) =>
      fetch(`/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-gatepost-operator': '1' },
        body: JSON.stringify(input),
      }).then((r) => r.json());
    const items = (await post('stock.items', {})) as { value: { id: string; name: string }[] };
    const id = (n: string) => items.value.find((i) => i.name === n)?.id;
    await post('stock.receive', {
      source: 'donor',
      sourceName: '爱心企业',
      lines: [
        { itemId: id('口罩'), qty: 300, lotCode: 'M-01', expiresOn: '2026-12-03' },
        { itemId: id('大米'), qty: 40 },
      ],
    });
    await post('stock.adjust', { itemId: id('大米'), qty: -45, reasonCode: 'lost', shortReason: '被雨淋坏' });
  });
  await page.getByLabel('语言').selectOption('en');
  const found: string[] = [];
  const check = async (screen: string) => {
    await page.waitForLoadState('networkidle');
    for (const f of await programChinese(page, host.dbPath)) found.push(`${screen}: ${f}`);
  };
  await page.getByRole('link', { name: 'Supplies', exact: true }).click();
  await expect(itemRow(page, '大米')).toContainText('-5');
  await expect(itemRow(page, '大米').locator('.badge.bad')).toHaveText('Count needed');
  await expect(itemRow(page, '口罩')).toContainText('Below the reorder level of 500');
  await check('balances');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'stock-en-01-balances');
  await itemRow(page, '口罩').getByRole('button', { name: 'Issue' }).click();
  await page
    .getByRole('dialog', { name: 'Issue 口罩' })
    .getByLabel('Type a building-room or a name')
    .fill('1');
  await expect(page.getByRole('list', { name: 'Recipient' }).getByRole('button').first()).toBeVisible();
  await check('issue dialog');
  await shot(page, 'stock-en-02-issue');
  await page.keyboard.press('Escape');
  for (const [tab, name, ready] of [
    ['Items', 'stock-en-03-items', page.getByRole('table', { name: 'Items' })],
    ['Receive', 'stock-en-04-receive', page.getByRole('form', { name: 'Receive a delivery' })],
    ['Ledger', 'stock-en-05-ledger', page.getByRole('table', { name: 'Stock ledger' })],
  ] as const) {
    await page.getByRole('link', { name: tab, exact: true }).click();
    await expect(ready).toBeVisible();
    await check(tab);
    await expectNoHorizontalOverflow(page);
    await shot(page, name);
  }
  await expect(page.getByRole('table', { name: 'Stock ledger' })).toContainText('Adjustment');
  await expect(page.getByRole('table', { name: 'Stock ledger' })).toContainText('Lost');
  expect(found, `program-made Chinese on English screens:\n${found.join('\n')}`).toEqual([]);
});
