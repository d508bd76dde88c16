/**
 * The registry exported for one building (the property office takes a building's list door to
 * door): the building is typed into the export's picker — a district has hundreds — and the
 * workbook holds that building's residents and no one else's; clearing it exports every building.
 */
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expect, expectNoHorizontalOverflow, onDuty, readRow, SHOTS, shot, test } from './host';

test("one building's residents exported, the building typed into the picker", async ({ page, host }) => {
  const inBuilding = readRow<{ n: number }>(
    host,
    `SELECT count(*) AS n FROM residents r JOIN households h ON h.id = r.household_id
     JOIN buildings b ON b.id = h.building_id WHERE b.name = '2栋'`,
  ).n;
  expect(inBuilding).toBeGreaterThan(0);

  await onDuty(page, host, /吴振华/);
  await page.getByRole('link', { name: '导入导出' }).click();
  const picker = page.getByRole('combobox', { name: '楼栋' });
  await expect(picker).toHaveAttribute('placeholder', '全部楼栋');
  await picker.fill('2栋');
  await picker.press('Enter');
  await expect(picker).toHaveValue('2栋');
  await expect(page.getByRole('button', { name: '全部楼栋' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, 'export-01-one-building');

  const rows = await exported(page, 'export-2栋.xlsx');
  expect(rows).toHaveLength(inBuilding);
  // The first column is the building: 2栋 on every row.
  expect(new Set(rows.map((r) => String(r[1])))).toEqual(new Set(['2栋']));

  // Cleared: every building again, the picker empty.
  await page.getByRole('button', { name: '全部楼栋' }).click();
  await expect(picker).toHaveValue('');
  await expect(page.getByRole('button', { name: '全部楼栋' })).toHaveCount(0);
  const all = await exported(page, 'export-all.xlsx');
  expect(all.length).toBeGreaterThan(inBuilding);
  expect(new Set(all.map((r) => String(r[1]))).size).toBeGreaterThan(1);
});

/** Export with the form as it stands; the workbook's data rows (cells from index 1). */
async function exported(page: Page, name: string): Promise<unknown[][]> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出', exact: true }).click();
  const saved = join(SHOTS, name);
  await (await download).saveAs(saved);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(saved);
  return (book.getWorksheet('住户名单')?.getSheetValues() ?? []).slice(2) as unknown[][];
}
