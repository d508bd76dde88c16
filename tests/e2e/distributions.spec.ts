/**
 * 发放 (issue 12): distribute vegetables to a building, print its receipt list to A4, mark it
 * delivered (the store goes down by exactly the list's total), undo one household with a reason.
 * The screens at 1366×768 in Chinese and in English.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { programChinese } from './cjk';
import { apiCall, expect, expectNoHorizontalOverflow, type Host, SHOTS, shot, test } from './host';

const onHand = async (page: Page, host: Host, id: string) =>
  (await apiCall<{ id: string; onHand: number }[]>(page, host, 'stock.items', {})).find((i) => i.id === id)
    ?.onHand;

test('distribute vegetables to 1栋, print its list, mark it delivered: the store goes down by the list', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /黄国栋/ })
    .click();
  const veg = await apiCall<{ id: string }>(page, host, 'stock.saveItem', {
    name: '蔬菜包',
    unit: '份',
    category: 'food',
  });
  await apiCall(page, host, 'stock.receive', {
    source: 'donor',
    sourceName: '蔬菜基地',
    lines: [{ itemId: veg.id, qty: 500 }],
  });

  await page.getByRole('link', { name: '物资', exact: true }).click();
  await page.getByRole('link', { name: '发放', exact: true }).click();
  await expect(page.getByRole('heading', { name: '发放单' })).toBeVisible();
  const form = page.getByRole('form', { name: '新建发放' });
  await form.getByLabel('物资').selectOption({ label: '蔬菜包（份）' });
  await form.getByLabel('数量按').selectOption('person');
  await form.getByLabel('数量', { exact: true }).fill('1');
  // The buildings are typed, each a chip (a district has hundreds); none is every building.
  const buildings = form.getByRole('combobox', { name: '选择楼栋（不选即全部）' });
  await expect(buildings).toHaveAttribute('placeholder', '全部楼栋');
  await buildings.fill('1栋');
  await buildings.press('Enter');
  await expect(form.getByRole('list', { name: '选择楼栋（不选即全部）' }).getByRole('listitem')).toHaveText([
    '1栋×',
  ]);
  const need = form.locator('.distrib-need');
  await expect(need).toContainText('指挥部仓库现有 500 份');
  const needText = (await need.textContent()) ?? '';
  const total = Number(/需要 (\d+) 份/.exec(needText)?.[1]);
  const households = Number(/（(\d+) 户/.exec(needText)?.[1]);
  expect(total).toBeGreaterThan(0);
  expect(households).toBeGreaterThan(0);
  await expectNoHorizontalOverflow(page);
  await shot(page, '90-distrib-new');
  await form.getByRole('button', { name: '生成发放名单' }).click();

  // The distribution: 1栋's households, none delivered yet.
  await expect(page.getByRole('tab', { name: new RegExp(`1栋 0/${households}`) })).toBeVisible();
  const rows = page.locator('table.distrib-lines tbody tr');
  await expect(rows).toHaveCount(households);
  await expect(rows.first()).toContainText('未送');
  await expectNoHorizontalOverflow(page);
  await shot(page, '91-distrib-building');

  // Its printed list: A4, one row a household, the runner's and the household's signature columns.
  await page.getByRole('link', { name: '打印本楼名单' }).click();
  await expect(page.getByRole('columnheader', { name: '跑腿员签字' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: '住户签字' })).toBeVisible();
  await expect(page.locator('table.distrib-print-table tbody tr')).toHaveCount(households);
  await expect(page.locator('.sheet-meta')).toContainText('物资：蔬菜包');
  await shot(page, '92-distrib-print-view');
  await page.emulateMedia({ media: 'print' });
  const pdf = join(SHOTS, '93-distrib.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(SHOTS, '93-distrib')]);
  const info = execFileSync('pdfinfo', [pdf]).toString();
  expect(info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  expect(text).toContain('跑腿员签字');
  expect(text).toContain('蔬菜包');

  // Back, and the building delivered by a runner: the store goes down by exactly the list's total.
  await page.getByRole('link', { name: '← 蔬菜包' }).click();
  await page.getByLabel('跑腿员').selectOption({ index: 1 });
  await page.getByLabel('签收人').fill('本人');
  await page.getByRole('button', { name: '整栋标记送达' }).click();
  await expect(page.getByRole('tab', { name: new RegExp(`1栋 ${households}/${households}`) })).toBeVisible();
  await expect(rows.filter({ hasText: '已送达' })).toHaveCount(households);
  expect(await onHand(page, host, veg.id)).toBe(500 - total);
  await shot(page, '94-distrib-delivered');

  // A second delivery of the same household is impossible; undoing one is a reversal with a reason.
  await expect(page.getByRole('button', { name: '整栋标记送达' })).toBeDisabled();
  const first = rows.first();
  const share = Number(/(\d+) 份/.exec((await first.locator('td').nth(4).textContent()) ?? '')?.[1]);
  await first.getByRole('button', { name: '撤销送达' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: '确认撤销' }).click();
  await expect(dialog.locator('.field-error')).toBeVisible();
  await dialog.getByLabel('撤销原因').fill('送错户');
  await dialog.getByRole('button', { name: '确认撤销' }).click();
  await expect(first).toContainText('未送');
  expect(await onHand(page, host, veg.id)).toBe(500 - total + share);

  // In English: the same screens in English words; only stored data (names, rooms) is Chinese.
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('button', { name: 'Mark the building delivered' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await expectNoHorizontalOverflow(page);
  await shot(page, '95-en-distrib-building');
  await page.getByRole('link', { name: '← Distributions' }).click();
  await expect(page.getByRole('heading', { name: 'Distribution lists' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await expectNoHorizontalOverflow(page);
  await shot(page, '96-en-distrib-list');
});
