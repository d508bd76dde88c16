/**
 * Safety at the check and in the hotels (issue 10, points 1–7), as a user sees it: health comes
 * first at the gate, release is a decision, waiting is not placed, planned ends follow the closure,
 * a family stays together, a guest's fever is an alert until handled, needs in one dialog.
 */
import type { Page } from '@playwright/test';
import { expect, expectNoHorizontalOverflow, shot, test } from './host';

async function signIn(page: Page, url: string) {
  await page.goto(url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /黄国栋/ })
    .click();
}

test('health first: a feverish non-resident with a cough and a yellow code is sent to a doctor, and the card shows 37.6 against 37.3', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await page.getByRole('link', { name: '返回人员', exact: true }).click();
  await page.getByLabel('从何处返回').fill('海口市');
  const person = page.getByRole('group', { name: '第 1 人' });
  await person.getByLabel('姓名', { exact: true }).fill('过路人甲');
  await person.getByLabel('健康码').selectOption({ label: '黄码' });
  await person.getByLabel('门岗体温（℃）').fill('37.6');
  await person.getByLabel('症状（无则不填）').fill('咳嗽');
  await page.getByRole('button', { name: '登记并核查' }).click();
  const panel = page.getByTestId('check-panel');
  await expect(panel).toContainText('系统建议：转送就医');
  // The health rule comes first and states the temperature against the threshold.
  const health = panel.locator('li.rule').first();
  await expect(health).toHaveClass(/rule-fail/);
  await expect(health).toContainText('体温与症状');
  await expect(health).toContainText('体温 37.6 ℃，达到发热标准 37.3 ℃；有症状：咳嗽');
  await expect(panel.locator('.rule-fail').filter({ hasText: '不是本小区登记居民' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, '60-health-first');
});
