/**
 * A VALIDATION answer lands on the field it names, worded in the UI language (issue 9): rules only
 * the server can check — an ID number's check digit, a lifting date after the post's today, a backup
 * file gone between its check and the restore — come back as codes on a path, and the form shows
 * them beside that field, keeping what was typed.
 */
import { rmSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { checkDigit } from '../../electron/api/shared/id-number';
import { expect, shot, test } from './host';

const body = '46010619480601115';
const badId = body + (checkDigit(body) === '0' ? '1' : '0');

async function start(page: Page, url: string, lang: 'zh-CN' | 'en') {
  await page.goto(url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /吴振华/ })
    .click();
  if (lang === 'en') await page.getByLabel('语言').selectOption('en');
}

const words = {
  'zh-CN': {
    add: '＋ 新增成员',
    name: '姓名',
    id: '身份证号',
    save: '保存',
    idError: '身份证号校验位不正确，请核对是否抄错',
    settings: '小区设置',
    status: '状态',
    lifted: '已解封',
    liftedOn: '解封日期',
    liftedError: '解封日期不能晚于今天',
    backups: '备份与恢复',
    backupNow: '立即备份',
    restoreRow: '恢复…',
    restoreTitle: '从备份恢复',
    confirm: '我确认用这个备份替换当前数据',
    restore: '恢复',
    fileGone: '找不到这个文件：',
  },
  en: {
    add: '+ Add member',
    name: 'Name',
    id: 'ID number',
    save: 'Save',
    idError: "The ID number's check digit is wrong; check for a typo",
    settings: 'Compound settings',
    status: 'Status',
    lifted: 'Lifted',
    liftedOn: 'Lifted on',
    liftedError: 'The lifting date cannot be after today.',
    backups: 'Backup & restore',
    backupNow: 'Back up now',
    restoreRow: 'Restore…',
    restoreTitle: 'Restore from a backup',
    confirm: 'I confirm: replace the current data with this backup',
    restore: 'Restore',
    fileGone: 'File not found: ',
  },
} as const;

for (const lang of ['zh-CN', 'en'] as const) {
  test(`a server refusal shows on its field (${lang})`, async ({ page, host }) => {
    const w = words[lang];
    await start(page, `${host.url}`, lang);
    await page.goto(`${host.url}#/household/1`);
    await page.getByRole('button', { name: w.add }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel(w.name, { exact: true }).fill('符永福');
    await dialog.getByLabel(w.id).fill(badId);
    await dialog.getByRole('button', { name: w.save }).click();
    // Beside the ID field (in its label), not as a toast; what was typed stays.
    const idField = dialog.locator('label.field').filter({ has: page.getByLabel(w.id) });
    await expect(idField.locator('.field-error')).toHaveText(w.idError);
    await expect(dialog.getByLabel(w.id)).toHaveValue(badId);
    await expect(dialog.getByLabel(w.name, { exact: true })).toHaveValue('符永福');
    await shot(page, `69-field-error-member-${lang}`);
    await page.keyboard.press('Escape');

    // The compound profile: a lifting date after today is the server's rule (the post's clock).
    await page.getByRole('link', { name: w.settings }).click();
    await page.getByLabel(w.status).selectOption({ label: w.lifted });
    await page.getByLabel(w.liftedOn).fill('2026-12-20');
    await page.getByRole('button', { name: w.save }).first().click();
    const lifted = page.locator('label.field').filter({ has: page.getByLabel(w.liftedOn) });
    await expect(lifted.locator('.field-error')).toHaveText(w.liftedError);
    await expect(page.getByLabel(w.liftedOn)).toHaveValue('2026-12-20');
    await shot(page, `69-field-error-settings-${lang}`);
  });
}

for (const lang of ['zh-CN', 'en'] as const) {
  test(`a backup gone between its check and the restore is said on the file (${lang})`, async ({
    page,
    host,
  }) => {
    const w = words[lang];
    await start(page, host.url, lang);
    await page.getByRole('link', { name: w.backups }).click();
    await page.getByRole('button', { name: w.backupNow }).click();
    await page.getByRole('button', { name: w.restoreRow }).first().click();
    const dialog = page.getByRole('dialog', { name: w.restoreTitle });
    // The preview has read the file: what it holds is shown and the restore can be confirmed.
    await expect(dialog.locator('dd').first()).toBeVisible();
    const path = (await dialog.locator('#restore-path').textContent()) ?? '';
    expect(path).toMatch(/\.db$/);
    // The stick is pulled out (the file removed) before the restore is pressed: only the server knows.
    rmSync(path);
    await dialog.getByLabel(w.confirm).check();
    await dialog.getByRole('button', { name: w.restore, exact: true }).click();
    // The backup_problem answer is on the file (its path), not a toast; nothing was replaced.
    const onFile = dialog.locator('#restore-path + [role="alert"]');
    await expect(onFile).toHaveText(`${w.fileGone}${path}`);
    await expect(dialog.getByLabel(w.confirm)).toBeChecked();
    await expect(dialog.getByRole('status')).toHaveCount(0);
    await shot(page, `69-field-error-restore-${lang}`);
  });
}
