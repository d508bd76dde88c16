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
    roster: '值守排班',
    takeOff: '撤出',
    takeOffTitle: (n: string) => `撤出 ${n}`,
    assignTitle: (n: string) => `排入 ${n}`,
    apply: '确定',
    addList: '添加人员',
    option: (n: string) => `${n}（`,
    reason: '仍要保存的理由',
    breach: '违反规则',
    saveAnyway: '填写理由后仍然保存',
    why: '两人自愿，已报挂点干部',
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
    roster: 'Gate roster',
    takeOff: 'Take off',
    takeOffTitle: (n: string) => `Take ${n} off`,
    assignTitle: (n: string) => `Assign ${n}`,
    apply: 'Apply',
    addList: 'Add a person',
    option: (n: string) => `${n} (`,
    reason: 'Reason to save anyway',
    breach: 'breaks rules',
    saveAnyway: 'Save anyway with the reason',
    why: 'Agreed by both, cadre told',
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

for (const lang of ['zh-CN', 'en'] as const) {
  test(`a roster edit that breaks a rule says so on the reason field (${lang})`, async ({ page, host }) => {
    const w = words[lang];
    await start(page, host.url, lang);
    await page.getByRole('link', { name: w.roster }).click();
    // Sunday 11-29 (tomorrow): take someone off the north gate's evening, then put that morning's
    // first person there — the same day and too little rest, rules a reason may override.
    const north = page.getByRole('region', { name: '北门' });
    const evening = north.getByTestId('cell-北门-晚班-2026-11-29');
    const off = evening.locator('.who button').first();
    const offName = (await off.textContent()) ?? '';
    await off.click();
    await page.getByRole('button', { name: w.takeOff, exact: true }).click();
    await page
      .getByRole('dialog', { name: w.takeOffTitle(offName) })
      .getByRole('button', { name: w.apply })
      .click();
    await expect(evening.locator('.who')).toHaveCount(1);
    const morning =
      (await north.getByTestId('cell-北门-早班-2026-11-29').locator('.who button').first().textContent()) ??
      '';
    const select = evening.getByLabel(w.addList);
    const value = await select
      .locator('option', { hasText: w.option(morning) })
      .first()
      .getAttribute('value');
    await select.selectOption(value ?? '');
    const dialog = page.getByRole('dialog', { name: w.assignTitle(morning) });
    await dialog.getByRole('button', { name: w.apply }).click();
    // The refusal is on the reason field (its label holds the field and the breach); nothing saved yet.
    const field = dialog.locator('label.field').filter({ has: page.getByLabel(w.reason) });
    await expect(field.getByRole('alert')).toContainText(w.breach);
    await expect(dialog.getByLabel(w.reason)).toBeFocused();
    await expect(evening.locator('.who')).toHaveCount(1);
    await shot(page, `69-field-error-roster-${lang}`);
    await dialog.getByLabel(w.reason).fill(w.why);
    await dialog.getByRole('button', { name: w.saveAnyway }).click();
    await expect(dialog).toBeHidden();
    await expect(evening).toContainText(morning);
  });
}

test('the roster bar and the backup path say a bad value beside the field, in Chinese', async ({
  page,
  host,
}) => {
  await start(page, host.url, 'zh-CN');
  await page.getByRole('link', { name: '值守排班' }).click();
  const from = page.getByLabel('开始日期');
  const shown = await from.inputValue();
  // A day outside the post's century: the view stays where it was, and Enter (generating) says why.
  await from.fill('1999-12-27');
  await from.press('Enter');
  const field = page.locator('label.field').filter({ has: from });
  await expect(field.locator('.field-error')).toHaveText('日期应在 2000-01-01 至 2099-12-31 之间');
  await expect(page.getByTestId('generate-result')).toHaveCount(0);
  expect(page.url()).not.toContain('1999');
  await shot(page, '69-field-error-roster-bar-zh-CN');
  // A valid day moves the view and Enter generates its roster.
  await from.fill(shown);
  await from.press('Enter');
  await expect(page.getByTestId('generate-result')).toContainText('已生成');
  await expect(field.locator('.field-error')).toHaveCount(0);

  await page.getByRole('link', { name: '备份与恢复' }).click();
  const path = page.getByLabel('备份文件路径（.db）');
  await path.press('Enter');
  await expect(page.locator('label.field').filter({ has: path }).locator('.field-error')).toHaveText('必填');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
