/** A town's sheets in the import panel: a WPS .et refused with what to save it as; two header rows read. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { compoundFile } from '../api/real-sheets';
import { expect, expectNoHorizontalOverflow, SHOTS, shot, test } from './host';

test('a WPS .et is refused saying what to save it as; a sheet with a title and two merged header rows imports', async ({
  page,
  host,
}) => {
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /吴振华/ })
    .click();
  await expect(page.getByLabel('值班人员')).toHaveValue(/\d+/);
  await page.getByRole('link', { name: '导入导出' }).click();
  mkdirSync(SHOTS, { recursive: true });

  const et = join(SHOTS, '住户名单.et');
  writeFileSync(et, compoundFile(['Workbook', 'WpsCustomData']));
  await page.getByLabel('选择表格文件（.xlsx / .csv）').setInputFiles(et);
  await expect(page.getByRole('alert')).toHaveText(
    '不支持 WPS 的 .et 格式：请在 WPS 中“另存为” .xlsx 后再导入',
    { timeout: 60_000 },
  );
  await expectNoHorizontalOverflow(page);
  await shot(page, 'import-real-et-refused');

  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['金南苑小区住户信息登记表']);
  ws.mergeCells('A1:E1');
  ws.addRow(['楼栋', '房号', '住户信息', '', '']);
  ws.addRow(['', '', '姓名', '性别', '联系电话']);
  ws.mergeCells('A2:A3');
  ws.mergeCells('B2:B3');
  ws.mergeCells('C2:E2');
  ws.addRow(['1栋', 101, '欧阳娜娜', '女', 13700000001]);
  const xlsx = join(SHOTS, 'import-two-header-rows.xlsx');
  await wb.xlsx.writeFile(xlsx);
  await page.getByLabel('选择表格文件（.xlsx / .csv）').setInputFiles(xlsx);
  const preview = page.getByTestId('import-preview');
  await expect(preview).toContainText('有效 1 行', { timeout: 60_000 });
  await expect(page.getByRole('alert')).toHaveCount(0);
  await shot(page, 'import-real-two-header-rows');
});
