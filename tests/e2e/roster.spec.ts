import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, expectNoHorizontalOverflow, SHOTS, shot, test } from './host';

test('roster: generate two weeks, swap two people (a breach needs a reason), mark a no-show, print to PDF, export the workbook', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /林晓梅/ })
    .click();
  await page.getByRole('link', { name: '值守排班' }).click();
  await page.getByLabel('开始日期').fill('2026-11-30');
  await page.getByLabel('天数').selectOption({ label: '14 天' });
  await page.getByRole('button', { name: '生成排班' }).click();
  await expect(page.getByTestId('generate-result')).toContainText('已生成：112 个班次');
  // How evenly each role shares nights and hours, in a line under the generate bar (issue 11).
  const spread = page.getByTestId('generate-spread');
  await expect(spread).toContainText('公平（同一角色内比较）：');
  await expect(spread).toContainText(/志愿者 \d+ 人，夜班 \d+–\d+ 个，工时 \d+–\d+ 小时/);
  const north = page.getByRole('region', { name: '北门' });
  await expect(north.getByTestId('cell-北门-早班-2026-12-01').locator('.who')).toHaveCount(2);
  await expectNoHorizontalOverflow(page);
  await shot(page, '40-roster-two-weeks');

  // Swap: the morning's first person with the evening's first person the same day breaks the rest rule.
  const morning = north.getByTestId('cell-北门-早班-2026-12-02').locator('.who button').first();
  const evening = north.getByTestId('cell-北门-晚班-2026-12-02').locator('.who button').first();
  const a = (await morning.textContent()) ?? '';
  const b = (await evening.textContent()) ?? '';
  await morning.click();
  await evening.click();
  const dialog = page.getByRole('dialog', { name: `换班：${a} ↔ ${b}` });
  await dialog.getByRole('button', { name: '确定' }).click();
  const alert = dialog.getByRole('alert');
  const refused = await alert.isVisible().catch(() => false);
  if (refused) {
    await expect(alert).toContainText('违反规则');
    await shot(page, '41-swap-breach');
    await dialog.getByLabel('仍要保存的理由').fill('两人自愿对调，已报挂点干部');
    await dialog.getByRole('button', { name: '填写理由后仍然保存' }).click();
  }
  await expect(dialog).toBeHidden();
  await expect(north.getByTestId('cell-北门-早班-2026-12-02')).toContainText(b);
  await expect(north.getByTestId('cell-北门-晚班-2026-12-02')).toContainText(a);

  // Attendance today (2026-11-28): the night shift is over and nobody signed in: mark a no-show,
  // the shift shows uncovered.
  const att = page.getByTestId('attendance');
  const night = att.locator('tr').first();
  const first = night.locator('.att').first();
  await expect(first).toContainText('超时未到');
  await first.getByRole('button', { name: '缺勤' }).click();
  await expect(first.locator('em')).toHaveText('缺勤');
  await expect(night).toContainText('缺岗');
  await shot(page, '45-attendance');

  // The gate log records who came in, with the staff on duty.
  await page.getByRole('link', { name: '出入登记' }).click();
  await page.getByLabel('人员 / 车辆', { exact: true }).fill('蔬菜配送车 琼A12345');
  await page.getByLabel('体温 ℃').fill('36.5');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(
    page.getByRole('table', { name: '出入登记' }).getByRole('row').filter({ hasText: '琼A12345' }),
  ).toBeVisible();
  await shot(page, '46-gate-log');

  // The swap is in the audit log.
  await page.getByRole('link', { name: '操作记录' }).click();
  await expect(page.getByRole('row').filter({ hasText: `换班：${a}` })).toBeVisible();

  // Print: A4 landscape, one post a page.
  await page.getByRole('link', { name: '值守排班' }).click();
  await page.getByLabel('开始日期').fill('2026-11-30');
  await page.getByRole('button', { name: '打印排班表' }).click();
  await expect(
    page.getByRole('heading', { name: /金南苑 北门 值守排班表（2026-11-30 至 2026-12-06）/ }),
  ).toBeVisible();
  await shot(page, '42-roster-print-view');
  await page.getByLabel('打印哪些岗位').selectOption({ label: '南门' });
  await expect(page.locator('.print-page')).toHaveCount(1);
  await page.getByLabel('打印哪些岗位').selectOption({ label: '全部岗位' });
  await page.emulateMedia({ media: 'print' });
  const pdf = join(SHOTS, '43-roster.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(SHOTS, '43-roster')]);
  const info = execFileSync('pdfinfo', [pdf]).toString();
  expect(info).toMatch(/Pages:\s+3/);
  expect(info).toMatch(/Page size:\s+841\.\d+ x 59\d\.\d+ pts \(A4\)/);

  // The same roster as a workbook.
  await page.getByRole('link', { name: '← 返回排班' }).click();
  await page.getByLabel('开始日期').fill('2026-11-30');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = join(SHOTS, 'roster.xlsx');
  await (await download).saveAs(file);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['北门', '南门', '指挥部值班']);
  expect(String(wb.getWorksheet('北门')?.getRow(1).getCell(1).value)).toContain('值守排班表');
});

test('team: add a person, mark them unavailable, see a schedule, add a post', async ({ page, host }) => {
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /林晓梅/ })
    .click();
  await page.getByRole('link', { name: '班子成员' }).click();
  const form = page.locator('form.staff-form');
  await form.getByLabel('姓名').fill('陈新来');
  await form.getByLabel('电话').fill('139 0898 7777');
  await form.getByLabel('身份').selectOption({ label: '管段民警' });
  await form.getByRole('button', { name: '新增成员' }).click();
  const row = page.getByRole('table', { name: '班子成员' }).getByRole('row').filter({ hasText: '陈新来' });
  await expect(row).toContainText('13908987777');
  await row.getByRole('button', { name: '排班' }).click();
  await expect(page.getByTestId('schedule-陈新来')).toContainText('近两周没有班次');
  // The end before the start: said beside the 到 field, in Chinese, nothing saved (Enter submits).
  await row.getByLabel('陈新来 从').fill('2026-12-03T08:00');
  await row.getByLabel('陈新来 到').fill('2026-12-01T08:00');
  await row.getByLabel('陈新来 原因').fill('发热居家观察');
  await row.getByLabel('陈新来 原因').press('Enter');
  const toField = row.locator('label.field').filter({ has: page.getByLabel('陈新来 到') });
  await expect(toField.locator('.field-error')).toHaveText('结束时间应晚于开始时间');
  await expect(row.getByLabel('陈新来 到')).toHaveAttribute('aria-invalid', 'true');
  await expect(row.locator('label.field').filter({ has: page.getByLabel('陈新来 从') })).not.toContainText(
    '结束时间',
  );
  await shot(page, '44-unavailable-bad-range');
  await expect(row.locator('td.small > div')).toHaveCount(0);
  await row.getByLabel('陈新来 从').fill('2026-12-01T08:00');
  await row.getByLabel('陈新来 到').fill('2026-12-03T08:00');
  await row.getByRole('button', { name: '登记不能值班' }).click();
  await expect(row).toContainText('12-01 08:00');
  await expect(row).toContainText('发热居家观察');
  await expect(toField.locator('.field-error')).toHaveCount(0);
  const wang = page.getByRole('table', { name: '班子成员' }).getByRole('row').filter({ hasText: '王立军' });
  await wang.getByRole('button', { name: '排班' }).click();
  await expect(page.getByTestId('schedule-王立军')).toContainText(/北门|南门/);
  await page.getByLabel('岗位名称').fill('东门');
  await page.getByLabel('班次模式').selectOption('2x12');
  await page.getByRole('button', { name: '新增岗位' }).click();
  await expect(page.getByText(/东门：白班 08:00（12h，2 人，至少 1 名管段民警或物业管理员）/)).toBeVisible();
  await expect(
    page.getByText(/指挥部值班：白班 08:00（12h，1 人，至少 1 名挂点干部或社区干部）/),
  ).toBeVisible();
  await page.getByLabel('岗位名称').fill('西门');
  await page.getByLabel('班次模式').selectOption('custom');
  await page.getByLabel('第一班开始').fill('06:00');
  await page.getByLabel('每班小时', { exact: true }).fill('6');
  await page.getByRole('button', { name: '新增岗位' }).click();
  await expect(page.getByText(/西门：第4班 00:00（6h，2 人.*第1班 06:00.*第3班 18:00/)).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, '44-staff');
});
