import type { Page } from '@playwright/test';
import { apiCall, expect, expectNoHorizontalOverflow, type Host, shot, test } from './host';

async function onDuty(page: Page, host: Host, path: string) {
  await page.goto(`${host.url}${path}`);
  // The first page asks who is on duty; a second page of the same browser remembers.
  const pick = page.getByRole('dialog', { name: '选择值班人员' });
  const asked = await pick.waitFor({ timeout: 3000 }).then(
    () => true,
    () => false,
  );
  if (asked) await pick.getByRole('button', { name: /吴振华/ }).click();
  await expect(page.getByLabel('值班人员', { exact: true })).toHaveValue(/\d+/);
}

test('two operators edit one household: the stale save shows what changed and reloads', async ({
  page,
  host,
}) => {
  const household = 1;
  await onDuty(page, host, `#/household/${household}`);
  const second = await page.context().newPage();
  await onDuty(second, host, `#/household/${household}`);
  const notesA = page.locator('.household-form').getByLabel('备注');
  const notesB = second.locator('.household-form').getByLabel('备注');
  await expect(notesB).toBeVisible();
  const before = await notesB.inputValue();

  // B starts typing from the file as it was; A saves first.
  await notesB.fill('周六上午送菜，放门口即可');
  await notesA.fill('独居老人，每天上午 9 点电话确认');
  await page.locator('.household-form').getByRole('button', { name: '保存户信息' }).click();
  await expect(page.getByText('户信息已保存')).toBeVisible();

  await second.locator('.household-form').getByRole('button', { name: '保存户信息' }).click();
  const conflict = second.getByTestId('conflict');
  await expect(conflict).toContainText('保存失败：这条记录在你打开之后已被他人修改');
  const row = conflict.getByRole('row').filter({ hasText: '备注' });
  await expect(row.locator('td.theirs')).toHaveText('独居老人，每天上午 9 点电话确认');
  await expect(row.locator('td.yours')).toHaveText('周六上午送菜，放门口即可');
  await expect(second.locator('.household-form').getByRole('button', { name: '保存户信息' })).toBeDisabled();
  // Nothing of B's was written: the file still holds A's note.
  const stored = await apiCall<{ household: { notes: string; version: number } }>(
    second,
    host,
    'households.get',
    {
      id: household,
    },
  );
  expect(stored.household.notes).toBe('独居老人，每天上午 9 点电话确认');
  expect(before).not.toBe(stored.household.notes);
  await expectNoHorizontalOverflow(second);
  await shot(second, '60-household-conflict');

  // Reload: the form shows what is saved now, nothing of the stale form is kept.
  await conflict.getByRole('button', { name: '重新载入' }).click();
  await expect(conflict).toBeHidden();
  await expect(notesB).toHaveValue('独居老人，每天上午 9 点电话确认');
  await expect(second.locator('.history')).toContainText('修改户信息：备注');
  await shot(second, '61-household-reloaded');

  // Now B's change is made on top of A's, on purpose, and goes through.
  await notesB.fill('独居老人，每天上午 9 点电话确认；周六送菜');
  await second.locator('.household-form').getByRole('button', { name: '保存户信息' }).click();
  await expect(second.getByText('户信息已保存')).toBeVisible();
  const after = await apiCall<{ household: { notes: string; version: number } }>(
    second,
    host,
    'households.get',
    {
      id: household,
    },
  );
  expect(after.household).toMatchObject({
    notes: '独居老人，每天上午 9 点电话确认；周六送菜',
    version: stored.household.version + 1,
  });
});

test('a whole ID number finds the person, masked, and says the search is logged', async ({ page, host }) => {
  await onDuty(page, host, '#/household/1');
  const file = await apiCall<{ residents: { id: number; name: string; idNumberMasked: string | null }[] }>(
    page,
    host,
    'households.get',
    { id: 1 },
  );
  const who = file.residents.find((r) => r.idNumberMasked);
  if (!who) throw new Error('household 1 has nobody with an ID number');
  const { idNumber } = await apiCall<{ idNumber: string }>(page, host, 'residents.reveal', { id: who.id });
  // The household file shows the last four only.
  await expect(page.locator('.members')).toContainText(`**************${idNumber.slice(-4)}`);
  await expect(page.locator('.members')).not.toContainText(idNumber.slice(0, 6));
  // Editing the member: no birth date read from the number is put in the form.
  await page
    .locator('.members')
    .getByRole('row')
    .filter({ hasText: who.name })
    .getByRole('button', { name: '编辑' })
    .click();
  const dialog = page.getByRole('dialog', { name: '编辑成员' });
  await expect(dialog.getByLabel('出生日期')).toHaveValue('');
  await expect(dialog).toContainText('已由证件号码确定（为保护个人信息不显示）；留空即保留');
  await expect(dialog.getByLabel('身份证号')).toHaveAttribute(
    'placeholder',
    `**************${idNumber.slice(-4)}`,
  );
  await shot(page, '63-member-edit-masked');
  await dialog.getByRole('button', { name: '取消' }).click();

  await page.getByRole('link', { name: '人员查询' }).click();
  await page.getByLabel('人员查询').fill(idNumber);
  await expect(page.getByTestId('search-count')).toContainText('找到 1 人');
  await expect(page.getByTestId('search-count')).toContainText('按完整身份证号查询会记入操作日志');
  const result = page.locator('.result-row').first();
  await expect(result).toContainText(who.name);
  await expect(result).toContainText(`**************${idNumber.slice(-4)}`);
  await expectNoHorizontalOverflow(page);
  await shot(page, '62-search-full-id');
  const audit = await apiCall<{ rows: { method: string; summary: string }[] }>(page, host, 'audit.list', {});
  const line = audit.rows.find((r) => r.method === 'residents.search');
  expect(line?.summary).toContain(
    `按完整身份证号 **************${idNumber.slice(-4)} 查询：找到 ${who.name}`,
  );
  expect(JSON.stringify(audit)).not.toContain(idNumber);
});
