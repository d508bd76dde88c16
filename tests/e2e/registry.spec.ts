import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { checkDigit } from '../../electron/api/shared/id-number';
import { apiCall, expect, expectNoHorizontalOverflow, type Host, SHOTS, shot, test } from './host';

const idOf = (birth: string, seq: string) => {
  const body = `460106${birth.replaceAll('-', '')}${seq}`;
  return body + checkDigit(body);
};

async function onDuty(page: Page, host: Host) {
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /吴振华/ })
    .click();
  await expect(page.getByLabel('值班人员')).toHaveValue(/\d+/);
}

/** Print the current page to an A4 PDF the way the print button would, and count its pages. */
async function printToPdf(page: Page, name: string): Promise<number> {
  mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}.pdf`);
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: file, format: 'A4', printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file, join(SHOTS, name)]);
  return (readFileSync(file, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

test('the buildings board leads to a household file that is edited, verified and printed on one page', async ({
  page,
  host,
}) => {
  await onDuty(page, host);
  await page.getByRole('link', { name: '楼栋' }).click();
  await expect(page.getByRole('region', { name: '1栋' })).toBeVisible();
  await expect(page.locator('.building')).toHaveCount(6);
  await expectNoHorizontalOverflow(page);
  await shot(page, '10-buildings-board');

  // An unknown room stands out; open it.
  const unknown = page.locator('a.room-unknown').first();
  await unknown.click();
  await expect(page.getByTestId('household-address')).toContainText('未走访');
  // Keyboard first: the dialog takes the focus, keeps Tab inside, and Escape closes it.
  await page.getByRole('button', { name: '＋ 新增成员' }).click();
  await expect(page.getByRole('dialog', { name: '新增成员' }).getByLabel('姓名')).toBeFocused();
  for (let i = 0; i < 20; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => !!document.activeElement?.closest('[role=dialog]'))).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '新增成员' })).toBeHidden();
  await page.getByRole('button', { name: '＋ 新增成员' }).click();
  const dialog = page.getByRole('dialog', { name: '新增成员' });
  await dialog.getByLabel('姓名').fill('符永福');
  await dialog.getByLabel('关系').fill('户主');
  const good = idOf('1948-06-01', '115');
  await dialog.getByLabel('身份证号').fill(`${good.slice(0, 17)}${good[17] === '0' ? '1' : '0'}`);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('身份证号校验位不正确，请核对是否抄错')).toBeVisible();
  await shot(page, '11-member-id-error');
  await dialog.getByLabel('身份证号').fill(good.toLowerCase());
  await dialog.getByLabel('慢性病').check();
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: '符永福' });
  await expect(row).toContainText('78 岁');
  await expect(row).toContainText('65岁以上');
  await expect(row).toContainText(`**************${good.slice(-4)}`);
  await row.getByRole('button', { name: '显示' }).click();
  await expect(row).toContainText(good);
  await row.getByRole('button', { name: '隐藏' }).click();

  // Mark how it was verified.
  await page.getByLabel('方式').selectOption({ label: '夜间亮灯' });
  await page.getByLabel('说明').fill('晚 9 点三楼亮灯，敲门有人应');
  await page.getByLabel('同时标记为已核实').check();
  await page.getByRole('button', { name: '记录核实' }).click();
  await expect(page.getByTestId('household-address')).toContainText('已核实');
  await expect(page.locator('.history')).toContainText('夜间亮灯');
  await expect(page.locator('.history')).toContainText('新增成员 符永福（户主）');
  await expect(page.getByLabel('户主')).toHaveValue('符永福');
  await expectNoHorizontalOverflow(page);
  await shot(page, '12-household-file');

  // Print: the button calls the browser's print; the print layout fits one A4 page.
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed++;
    };
  });
  await page.getByRole('button', { name: /打印户档案/ }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  expect(await printToPdf(page, '13-household-print')).toBe(1);
});

test('import a property sheet: read the errors, commit with skip, find the people, export', async ({
  page,
  host,
}) => {
  await onDuty(page, host);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('物业名单');
  ws.addRow(['金南苑 7 月住户名单（物业）']);
  ws.addRow(['楼号', '门牌号', '姓名', '性别', '出生日期', '证件号码', '手机号', '关系', '宠物']);
  ws.addRow([
    '1栋',
    '101',
    '欧阳娜娜',
    '女',
    '1992/7/9',
    idOf('1992-07-09', '226'),
    '13700000001',
    '户主',
    '猫',
  ]);
  ws.addRow(['2', '202', '麦小龙', '男', '', 4.6010619900101e17, '', '', '']);
  ws.addRow(['8栋', '101', '不存在', '男', '', '', '', '', '']);
  const file = join(SHOTS, 'import-sample.xlsx');
  mkdirSync(SHOTS, { recursive: true });
  await wb.xlsx.writeFile(file);

  await page.getByRole('link', { name: '导入导出' }).click();
  await page.getByLabel('选择表格文件（.xlsx / .csv）').setInputFiles(file);
  const preview = page.getByTestId('import-preview');
  // 8栋 is not on the board: listed to create, not an error; left unticked, its row is skipped.
  await expect(preview).toContainText('有效 2 行', { timeout: 60_000 });
  await expect(preview).toContainText('有错误 1 行');
  await expect(preview).toContainText('未识别的列（不导入）：宠物');
  await expect(preview.getByRole('row').filter({ hasText: '被 Excel 存成了数字' })).toContainText('4');
  await expect(preview.getByTestId('import-places')).toContainText('新楼栋 8栋：1 个单元，1 间');
  await expect(preview.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await expectNoHorizontalOverflow(page);
  await shot(page, '14-import-preview');
  await preview.getByLabel('跳过错误行，只导入有效的行').check();
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('import-done')).toHaveText('导入完成：新增 1 人，更新 0 人', {
    timeout: 60_000,
  });
  await shot(page, '15-import-done');

  // Find her in a keystroke or two, then open her household with Enter.
  await page.getByRole('link', { name: '人员查询' }).click();
  const box = page.getByRole('searchbox', { name: '人员查询' });
  await box.fill('欧阳');
  await expect(page.getByTestId('search-count')).toHaveText('找到 1 人');
  await expect(page.locator('.result-row').first()).toContainText('1栋 101');
  await box.fill('1-101');
  await expect(page.locator('.result-row').filter({ hasText: '欧阳娜娜' })).toBeVisible();
  await box.fill('王');
  await expect(page.getByTestId('search-count')).toContainText(/找到 \d+ 人/);
  await expectNoHorizontalOverflow(page);
  await shot(page, '16-search');
  await box.fill('欧阳娜娜');
  await expect(page.getByTestId('search-count')).toHaveText('找到 1 人');
  await box.press('Enter');
  await expect(page.getByTestId('household-address')).toContainText('1栋 101');

  // Export the registry (masked) and read the workbook back.
  await page.getByRole('link', { name: '导入导出' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const saved = join(SHOTS, 'export.xlsx');
  const got = await download;
  // A real download streamed by the host, under the workbook's own name; its address works once.
  expect(got.url()).toMatch(/\/download\/[0-9a-f]{32}$/);
  expect(got.suggestedFilename()).toMatch(/^住户名单-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await got.saveAs(saved);
  expect((await page.request.get(got.url())).status()).toBe(404);
  const out = new ExcelJS.Workbook();
  await out.xlsx.readFile(saved);
  const sheet = out.getWorksheet('住户名单');
  expect(sheet?.rowCount).toBe(251);
  expect(String(sheet?.getRow(2).getCell(7).value)).toMatch(/^\*{14}[\dX]{4}$/);
});

type Person = {
  id: number;
  householdId: number;
  name: string;
  phone: string;
  notes: string;
  version: number;
};

test('an old export with new buildings: the preview lists what it would create and the newer edits it would undo', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  await onDuty(page, host);
  // An export of 1栋, as a property office would keep it for a week.
  const out = await apiCall<{ file: string }>(page, host, 'households.export', { buildingId: 1 });
  const fetched = await page.request.get(`${host.url}download/${out.file}`);
  expect(fetched.status()).toBe(200);
  const old = new ExcelJS.Workbook();
  await old.xlsx.load((await fetched.body()) as unknown as ExcelJS.Buffer);
  const ws = old.getWorksheet('住户名单');
  if (!ws) throw new Error('no sheet');
  const header = (ws.getRow(1).values as unknown[]).map(String);
  const col = (h: string) => header.indexOf(h);
  expect(col('登记状态')).toBeGreaterThan(0);
  const tag = String(ws.getRow(2).getCell(col('版本')).value);
  const [, householdId, residentId] = tag.match(/^h(\d+)v\d+ r(\d+)v\d+$/) ?? [];
  // After the export, the post saves a new phone for the first person.
  const file = await apiCall<{ residents: (Person & Record<string, unknown>)[] }>(
    page,
    host,
    'households.get',
    {
      id: Number(householdId),
    },
  );
  const p = file.residents.find((r) => r.id === Number(residentId));
  if (!p) throw new Error('no person');
  await apiCall(page, host, 'residents.save', {
    id: p.id,
    householdId: p.householdId,
    name: p.name,
    gender: p.gender,
    birthDate: p.birthDate,
    phone: '13911112222',
    relation: p.relation,
    presence: p.presence,
    pregnant: p.pregnant,
    chronicIllness: p.chronicIllness,
    disability: p.disability,
    regularMedicine: p.regularMedicine,
    notes: p.notes,
    version: p.version,
  });
  // In the old sheet: a note typed for that person, and two households of a building not on the board.
  ws.getRow(2).getCell(col('备注')).value = '周末在家';
  ws.addRow(['9栋', '', '101', '新住户甲', '女', '', '', '13700000091', '户主']);
  ws.addRow(['9栋', '', '102', '新住户乙', '男', '', '', '13700000092', '户主']);
  const sheetFile = join(SHOTS, 'import-old-export.xlsx');
  await old.xlsx.writeFile(sheetFile);

  await page.getByRole('link', { name: '导入导出' }).click();
  await page.getByLabel('选择表格文件（.xlsx / .csv）').setInputFiles(sheetFile);
  const preview = page.getByTestId('import-preview');
  const places = preview.getByTestId('import-places');
  await expect(places).toContainText('新楼栋 9栋：1 个单元，2 间', { timeout: 60_000 });
  const stale = preview.getByTestId('import-stale');
  await expect(stale).toContainText('1 行来自较早的导出');
  const phone = stale.getByRole('row').filter({ hasText: '联系电话' });
  await expect(phone).toContainText(p.phone || '（空）');
  await expect(phone).toContainText('13911112222');
  await expect(stale.getByRole('row').filter({ hasText: '备注' })).toContainText('周末在家');
  await expect(preview.getByRole('button', { name: '确认导入' })).toBeDisabled();
  await expectNoHorizontalOverflow(page);
  await preview.getByTestId('import-places').scrollIntoViewIfNeeded();
  await shot(page, '21-import-places-stale');

  // The same preview in English.
  await page.getByLabel('语言').selectOption('en');
  await page.getByLabel('Choose a sheet (.xlsx / .csv)').setInputFiles(sheetFile);
  await expect(page.getByTestId('import-places')).toContainText('New building 9栋: units 1, rooms 2', {
    timeout: 60_000,
  });
  await expect(page.getByTestId('import-stale')).toContainText('Saved now');
  await page.getByTestId('import-places').scrollIntoViewIfNeeded();
  await expectNoHorizontalOverflow(page);
  await shot(page, '22-import-places-stale-en');
  await page.getByLabel('Language').selectOption('zh-CN');
  await page.getByLabel('选择表格文件（.xlsx / .csv）').setInputFiles(sheetFile);
  await expect(places).toBeVisible({ timeout: 60_000 });

  // Create the building; take the typed note, not the old phone.
  await preview.getByLabel('新建表中的楼栋和房间').check();
  await preview.getByLabel('第 2 行 备注：采用表中的值').check();
  await preview.getByRole('button', { name: '确认导入' }).click();
  await expect(page.getByTestId('import-done')).toContainText('导入完成：新增 2 人', { timeout: 60_000 });
  const after = await apiCall<{ residents: Person[] }>(page, host, 'households.get', {
    id: Number(householdId),
  });
  expect(after.residents.find((r) => r.id === p.id)).toMatchObject({
    phone: '13911112222',
    notes: '周末在家',
  });
  const buildings = await apiCall<{ name: string; rooms: number }[]>(page, host, 'buildings.list', {});
  expect(buildings.find((b) => b.name === '9栋')).toMatchObject({ rooms: 2 });
});

test('registration progress per building and a printed blank visit sheet', async ({ page, host }) => {
  await onDuty(page, host);
  await page.getByRole('link', { name: '走访进度' }).click();
  const table = page.getByRole('table', { name: '走访进度' });
  await expect(table.getByRole('row')).toHaveCount(8);
  await expect(page.getByTestId('total-not-visited')).toHaveText(/\d+/);
  const notVisited = Number(await page.getByTestId('total-not-visited').textContent());
  await expect(page.locator('.chips .chip')).toHaveCount(notVisited);
  await expectNoHorizontalOverflow(page);
  await shot(page, '17-progress');
  await table
    .getByRole('row')
    .filter({ hasText: '3栋' })
    .getByRole('link', { name: '打印空白登记表' })
    .click();
  await expect(page.getByRole('heading', { name: '金南苑 3栋 入户登记表' })).toBeVisible();
  await expect(page.locator('.sheet-room')).toHaveCount(14);
  await shot(page, '18-visit-sheet');
  const pages = await printToPdf(page, '19-visit-sheet-print');
  expect(pages).toBeGreaterThanOrEqual(1);
  expect(pages).toBeLessThanOrEqual(2);
});

test('a large sheet shows its progress while it is read and checked', async ({ page, host }) => {
  await onDuty(page, host);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['楼栋', '房号', '姓名', '联系电话']);
  for (let i = 0; i < 12_000; i++)
    ws.addRow([
      `${(i % 6) + 1}栋`,
      `${(i % 7) + 1}0${(i % 2) + 1}`,
      `临时住户${i}`,
      `1390000${String(i).padStart(4, '0')}`,
    ]);
  const file = join(SHOTS, 'import-large.xlsx');
  await wb.xlsx.writeFile(file);
  await page.getByRole('link', { name: '导入导出' }).click();
  await page.getByLabel('选择表格文件（.xlsx / .csv）').setInputFiles(file);
  const busy = page.getByTestId('import-busy');
  await expect(busy).toBeVisible();
  await expect(busy).toContainText(/正在(读取|检查)/);
  await shot(page, '20-import-progress');
  await expect(page.getByTestId('import-preview')).toContainText('有效 12,000 行', { timeout: 60_000 });
  await expect(page.getByTestId('import-preview')).toContainText('居民：新增 12,000');
});
