import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_NOW, expect, expectNoHorizontalOverflow, shot, startServe, test } from './host';

test('back up to a USB stick, lose the laptop, restore yesterday’s post on a new one', async ({
  page,
  host,
}) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  const usb = mkdtempSync(join(tmpdir(), 'gatepost-usb-'));

  // 1. At the post: no backup yet is a warning; a missing USB folder is said plainly.
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /林晓梅/ })
    .click();
  await page.getByRole('link', { name: '备份与恢复' }).click();
  await expect(page.getByText('还没有任何备份')).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, '40-backups-none');
  const folder = page.getByLabel('U 盘文件夹').first();
  await folder.fill(join(usb, 'not-plugged-in'));
  await page.getByRole('button', { name: '备份到此文件夹' }).click();
  await expect(page.getByText(/备份文件夹不存在.*U 盘/)).toBeVisible();
  await shot(page, '41-backups-usb-missing');

  // 2. The stick is in: back up to it; the list shows the backup on the stick.
  await folder.fill(usb);
  await page.getByRole('button', { name: '备份到此文件夹' }).click();
  await expect(page.getByRole('status').filter({ hasText: '已备份' })).toBeVisible();
  const onStick = readdirSync(usb).filter((n) => n.endsWith('.db'));
  expect(onStick).toHaveLength(1);
  await expect(page.getByRole('row').filter({ hasText: '林晓梅' })).toHaveCount(1);
  await expect(page.getByRole('row').filter({ hasText: '手动' })).toBeVisible();
  // And an automatic-folder backup, which turns the status green.
  await page.getByRole('button', { name: '立即备份' }).click();
  await expect(page.getByText(/上次备份：2026-11-28 10:0\d/)).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, '42-backups-done');

  // 3. A new laptop: an empty database, a new operator, restore from the stick.
  const fresh = await startServe([], { GATEPOST_NOW: E2E_NOW });
  try {
    await page.goto(fresh.host.url);
    const chooser = page.getByRole('dialog', { name: '选择值班人员' });
    await chooser.getByLabel('姓名').fill('赵新');
    await chooser.getByRole('button', { name: '新增并开始值班' }).click();
    await expect(chooser).toBeHidden();
    await page.getByRole('link', { name: '备份与恢复' }).click();
    // A file that is not a backup is refused with the reason, before anything is replaced.
    await page.getByLabel('备份文件路径（.db）').fill(join(usb, 'nothing-here.db'));
    await page.getByRole('button', { name: '检查此文件' }).click();
    const dialog = page.getByRole('dialog', { name: '从备份恢复' });
    await expect(dialog.getByText('找不到这个文件')).toBeVisible();
    await expect(dialog.getByRole('button', { name: '恢复' })).toHaveCount(0);
    await dialog.getByRole('button', { name: '关闭' }).click();

    await page.getByLabel('备份文件路径（.db）').fill(join(usb, onStick[0] ?? ''));
    await page.getByRole('button', { name: '检查此文件' }).click();
    await expect(dialog.getByText('林晓梅')).toBeVisible();
    await expect(dialog.getByText('金南苑')).toBeVisible();
    await expect(dialog.locator('dd').filter({ hasText: /^77$/ })).toBeVisible();
    await expect(dialog.locator('dd').filter({ hasText: /^249$/ })).toBeVisible();
    const restore = dialog.getByRole('button', { name: '恢复', exact: true });
    await expect(restore).toBeDisabled();
    await shot(page, '43-restore-preview');
    await dialog.getByLabel('我确认用这个备份替换当前数据').check();
    await restore.click();
    await expect(dialog.getByText(/已恢复到 2026-11-28 10:0\d 的备份/)).toBeVisible();
    await shot(page, '44-restore-done');
    await dialog.getByRole('button', { name: '关闭' }).click();

    // The people on file are the backup's now: choose who is on duty again, then the post is back.
    await expect(chooser).toBeVisible();
    await chooser.getByRole('button', { name: /林晓梅/ }).click();
    await page.getByRole('link', { name: '概览' }).click();
    await expect(page.getByTestId('compound-name')).toHaveText('金南苑');
    await expect(page.getByTestId('count-households')).toHaveText('77户');
    await expect(page.getByTestId('count-residents')).toHaveText('249人');
    // The restore is in the audit log, and the empty database it replaced was kept as a backup.
    await page.getByRole('link', { name: '操作记录' }).click();
    await expect(page.getByRole('row').filter({ hasText: '从备份恢复' })).toContainText('赵新');
    await page.getByRole('link', { name: '备份与恢复' }).click();
    await expect(page.getByRole('row').filter({ hasText: '恢复前' })).toBeVisible();
    await shot(page, '45-backups-after-restore');
  } finally {
    await fresh.stop();
    rmSync(usb, { recursive: true, force: true });
  }
  expect(errors).toEqual([]);
});
