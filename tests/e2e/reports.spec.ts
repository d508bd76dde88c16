import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, expectNoHorizontalOverflow, SHOTS, shot, test } from './host';

test('daily report: the draft in order, sign it, print it to A4 PDF, export the .xlsx and open it in LibreOffice', async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /林晓梅/ })
    .click();
  await page.getByRole('link', { name: '日报' }).click();
  const table = page.locator('.report-table');
  await expect(table).toContainText('一、户数与人员');
  await expect(table).toContainText('七、在岗人员');
  await expect(page.locator('.report-meta')).toContainText('草稿（未签发）');
  await expectNoHorizontalOverflow(page);
  await shot(page, '150-report-draft');

  await page.getByLabel('突发情况').fill('无');
  await page.getByRole('button', { name: '签发日报' }).click();
  await expect(page.locator('.report-meta')).toContainText('版本 1');
  await expect(page.locator('.report-signature')).toContainText('林晓梅');
  await expect(page.locator('.report-history li.current')).toContainText('版本 1');
  await shot(page, '151-report-signed');

  await page.emulateMedia({ media: 'print' });
  const pdf = join(SHOTS, '152-report.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, join(SHOTS, '152-report')]);
  const info = execFileSync('pdfinfo', [pdf]).toString();
  expect(info).toMatch(/Page size:\s+59\d\.\d+ x 84\d\.\d+ pts \(A4\)/);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出 Excel' }).click();
  const file = join(SHOTS, '153-report.xlsx');
  await (await download).saveAs(file);
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', SHOTS, file], {
    timeout: 120_000,
  });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    join(SHOTS, '153-report.pdf'),
    join(SHOTS, '153-report-xlsx'),
  ]);
  expect(execFileSync('pdfinfo', [join(SHOTS, '153-report.pdf')]).toString()).toMatch(/A4/);

  // The same screen in English at 1366x768.
  await page.getByLabel('语言').selectOption('en');
  await expect(page.locator('.report-table')).toContainText('1. Households and residents');
  await expect(page.locator('.report-meta')).toContainText('Version 1');
  await expectNoHorizontalOverflow(page);
  await shot(page, '154-report-en');
});
