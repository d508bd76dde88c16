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

/** Two residents of one household still at home (mother and son, say), found through the API. */
async function householdPair(page: Page): Promise<[string, string]> {
  const pair = await page.evaluate(async () => {
    type Row = { name: string; presence: string; householdId: number };
    const rows: Row[] = [];
    for (const q of ['2-1', '2-2', '3-1', '3-2']) {
      const res = await fetch('/api/residents.search', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ q, limit: 50 }),
      });
      rows.push(...((await res.json()) as { value: { rows: Row[] } }).value.rows);
    }
    const byHousehold = new Map<number, string[]>();
    for (const r of rows.filter((x) => x.presence === 'in_compound'))
      byHousehold.set(r.householdId, [...(byHousehold.get(r.householdId) ?? []), r.name]);
    return [...byHousehold.values()].find((m) => m.length >= 2 && new Set(m).size === m.length) ?? [];
  });
  expect(pair.length).toBeGreaterThanOrEqual(2);
  return [pair[0] ?? '', pair[1] ?? ''];
}

/** One resident through the gate, decided for a hotel (the recommendation), not placed. */
async function arriveAndDecideHotel(page: Page, name: string) {
  await page.getByRole('link', { name: '返回人员', exact: true }).click();
  await page.getByLabel('从何处返回').fill('三亚市集中隔离点');
  const person = page.getByRole('group', { name: '第 1 人' });
  await person.getByLabel('在住户登记中查找（姓名 / 身份证后几位 / 楼栋-房号）').fill(name);
  await person.getByRole('listbox').getByRole('option').filter({ hasText: name }).first().click();
  await person.getByLabel('门岗体温（℃）').fill('36.5');
  await page.getByRole('button', { name: '登记并核查' }).click();
  const panel = page.getByTestId('check-panel').filter({ hasText: name });
  await expect(panel).toContainText('系统建议：安排隔离酒店');
  await panel.getByRole('button', { name: '确定' }).click();
  await expect(panel).toContainText('已决定：安排隔离酒店');
}

test('waiting is not placed, and a son decided after his mother is given her room', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  const [mother, son] = await householdPair(page);
  await page.getByRole('link', { name: '概览', exact: true }).click();
  // The demo's six guests.
  await expect(page.getByTestId('count-in-hotel')).toHaveText('6人');
  await arriveAndDecideHotel(page, mother);

  // Decided, not placed: waiting, not in the hotel — on the overview, the board and the list.
  await page.getByRole('link', { name: '概览', exact: true }).click();
  await expect(page.getByTestId('count-awaiting')).toHaveText('1人');
  await expect(page.getByTestId('count-in-hotel')).toHaveText('6人');
  await expect(page.getByTestId('overview-awaiting')).toContainText(mother);
  await expectNoHorizontalOverflow(page);
  await shot(page, '61-overview-awaiting');
  await page.getByRole('link', { name: '返回人员', exact: true }).click();
  await page.getByRole('button', { name: '待安置', exact: true }).click();
  const list = page.getByRole('table', { name: '返回人员' });
  await expect(list.getByRole('row')).toHaveCount(2);
  await expect(list.getByRole('row').filter({ hasText: mother })).toContainText('待安置');

  // The board lists who waits, and places her from there.
  await page.getByRole('link', { name: '隔离酒店', exact: true }).click();
  const waiting = page.getByTestId('awaiting');
  await expect(waiting).toContainText('待安置（1）');
  await expect(waiting).toContainText(mother);
  await shot(page, '62-hotels-awaiting');
  await waiting.getByRole('button', { name: '安排房间' }).click();
  let dialog = page.getByRole('dialog', { name: '安排隔离房间' });
  await expect(dialog.getByRole('combobox', { name: `房间 ${mother}` })).not.toHaveValue('');
  const room = await dialog.getByRole('combobox', { name: `房间 ${mother}` }).inputValue();
  await dialog.getByRole('button', { name: '确认入住' }).click();
  await expect(dialog).toBeHidden();
  await expect(waiting).toContainText('待安置（0）');

  // Her son comes back later: he is offered her room, and goes in with her.
  await arriveAndDecideHotel(page, son);
  const panel = page.getByTestId('check-panel').filter({ hasText: son });
  await panel.getByRole('button', { name: '安排房间' }).click();
  dialog = page.getByRole('dialog', { name: '安排隔离房间' });
  await expect(dialog.getByRole('combobox', { name: `房间 ${son}` })).toHaveValue(room);
  await shot(page, '63-family-room');
  await dialog.getByRole('button', { name: '确认入住' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: '隔离酒店', exact: true }).click();
  const together = page.getByRole('table', { name: /在住人员/ }).getByRole('row');
  const roomNo = (
    (await together.filter({ hasText: mother }).locator('td').first().textContent()) ?? ''
  ).trim();
  await expect(together.filter({ hasText: son }).locator('td').first()).toHaveText(roomNo);
});

test('planned end follows the closure: after the closure is extended the board shows who is off it and moves the chosen', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await page.getByRole('link', { name: '隔离酒店', exact: true }).click();
  await expect(page.getByTestId('off-closure')).toHaveCount(0);
  // The closure is extended by a week in the settings.
  await page.getByRole('link', { name: '小区设置', exact: true }).click();
  const days = page.getByLabel('计划封闭天数');
  const before = Number(await days.inputValue());
  await days.fill(String(before + 7));
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '小区信息已保存' }).first()).toBeVisible();

  await page.getByRole('link', { name: '隔离酒店', exact: true }).click();
  const panel = page.getByTestId('off-closure');
  await expect(panel).toContainText('（6）');
  const end = await panel.getByLabel('改为').inputValue();
  const guests = page.getByRole('table', { name: /在住人员/ }).getByRole('row');
  await expect(guests.filter({ hasText: `≠ ${end}` })).toHaveCount(6);
  await expectNoHorizontalOverflow(page);
  await shot(page, '64-off-closure');
  // Move one guest only: untick the other five.
  const boxes = panel.getByRole('checkbox');
  const first =
    ((await panel.locator('label.chip').first().textContent()) ?? '').split(' · ')[0]?.trim() ?? '';
  for (let i = 1; i < 6; i++) await boxes.nth(i).uncheck();
  await panel.getByLabel('调整理由').fill('封闭延长一周');
  await panel.getByRole('button', { name: '调整所选住客的计划离店' }).click();
  await expect(page.getByTestId('off-closure')).toContainText('（5）');
  const moved = guests.filter({ hasText: first });
  await expect(moved).toContainText(end);
  await expect(moved).not.toContainText('≠');
});
