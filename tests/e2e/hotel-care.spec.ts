/**
 * Safety at the check and in the hotels (issue 10, points 1–7), as a user sees it: health comes
 * first at the gate, release is a decision, waiting is not placed, planned ends follow the closure,
 * a family stays together, a guest's fever is an alert until handled, needs in one dialog.
 */
import type { Page } from '@playwright/test';
import { programChinese } from './cjk';
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

test('release is a decision: nothing filled is refused, home while sealed needs the commander, and a mistake is undone', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await page.getByRole('link', { name: '隔离酒店', exact: true }).click();
  const guests = page.getByRole('table', { name: /在住人员/ }).getByRole('row');
  const name = ((await guests.nth(1).locator('td').nth(1).locator('a').textContent()) ?? '').trim();
  const row = guests.filter({ hasText: name });
  await row.getByRole('button', { name: '离店' }).click();
  const release = page.getByRole('dialog', { name: `${name} 离店` });
  await release.getByRole('button', { name: '确认离店' }).click();
  await expect(release).toContainText('请选择去向');
  await expect(release).toContainText('请填写离店理由');
  await release.getByLabel('去向').selectOption({ label: '回家' });
  await release.getByLabel('离店理由').fill('本人要求回家');
  await release.getByRole('button', { name: '确认离店' }).click();
  // The refusal lands on the override field, which says who may fill it.
  const override = release.getByLabel(/指挥长越过理由/);
  const overrideError = release.locator('label.field', { hasText: '指挥长越过理由' }).locator('.field-error');
  await expect(overrideError).toContainText('小区仍在封闭管理中，不能离店回家');
  await override.fill('家中老人无人照顾');
  await release.getByRole('button', { name: '确认离店' }).click();
  await expect(overrideError).toHaveText('只有指挥长或副指挥长可以越过这一限制（小区封闭中回家）');
  await expectNoHorizontalOverflow(page);
  await shot(page, '65-release-refused');
  await release.getByRole('button', { name: '取消' }).click();
  await expect(row).toHaveCount(1);

  // The commander overrides, with the reason.
  await page.getByLabel('值班人员', { exact: true }).selectOption({ label: '张卫国（指挥长）' });
  await row.getByRole('button', { name: '离店' }).click();
  await release.getByLabel('去向').selectOption({ label: '回家' });
  await release.getByLabel('离店理由').fill('本人要求回家');
  await release.getByLabel(/指挥长越过理由/).fill('家中老人无人照顾');
  await release.getByRole('button', { name: '确认离店' }).click();
  await expect(release).toBeHidden();
  await expect(row).toHaveCount(0);

  // By mistake after all: undone from the file, as a new stay with the reason; nothing deleted.
  await page.getByRole('link', { name: '返回人员', exact: true }).click();
  await page.getByRole('table', { name: '返回人员' }).getByRole('link', { name }).first().click();
  const stays = page.getByTestId('stays');
  await expect(stays).toContainText('离店：本人要求回家 · 回家');
  await expect(page.getByTestId('care-log')).toContainText(
    '指挥长越过离店限制 小区封闭中回家（家中老人无人照顾）',
  );
  await stays.getByRole('button', { name: '撤销离店' }).click();
  const undo = page.getByRole('dialog', { name: `${name} · 撤销离店` });
  await undo.getByRole('button', { name: '撤销离店' }).click();
  await expect(undo).toContainText('请填写原因');
  await undo.getByLabel('撤销理由').fill('老人已由亲属照顾，本人留在酒店');
  await undo.getByRole('button', { name: '撤销离店' }).click();
  await expect(undo).toBeHidden();
  const count = await stays.locator('li').count();
  await expect(stays.locator('li').last()).toContainText('在住');
  expect(count).toBeGreaterThanOrEqual(2);
  await expect(stays).toContainText('离店已撤销：老人已由亲属照顾，本人留在酒店');
  await expect(page.getByTestId('care-log')).toContainText('撤销离店');
  await expect(page.getByTestId('returnee-name')).toContainText('城西宾馆');
  await expectNoHorizontalOverflow(page);
  await shot(page, '66-release-undone');
});

test('a fever is an alert until handled; the call says reported temperature and can be logged for yesterday', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await page.getByRole('link', { name: '隔离酒店', exact: true }).click();
  await expect(page.getByTestId('fever-alerts')).toHaveCount(0);
  const guests = page.getByRole('table', { name: /在住人员/ }).getByRole('row');
  const name = ((await guests.nth(1).locator('td').nth(1).locator('a').textContent()) ?? '').trim();
  await guests.filter({ hasText: name }).getByRole('button', { name: '记录联系' }).click();
  const call = page.getByRole('dialog', { name: `${name} 记录联系` });
  await expect(call.getByLabel('门岗体温（℃）')).toHaveCount(0);
  await call.getByLabel('自报体温（℃）').fill('37.8');
  // Not later than now (10:00 today) …
  await call.getByLabel('联系时间（不填为现在）').fill('2026-11-28T11:00');
  await call.getByRole('button', { name: '保存联系记录' }).click();
  await expect(call.locator('.field-error')).toHaveText('联系时间晚于现在');
  // … but yesterday evening is fine.
  await call.getByLabel('联系时间（不填为现在）').fill('2026-11-27T20:00');
  await call.getByRole('button', { name: '保存联系记录' }).click();
  await expect(call).toBeHidden();

  const alerts = page.getByTestId('fever-alerts');
  await expect(alerts).toContainText('发热警报（1）');
  await expect(alerts).toContainText(`${name}`);
  await expect(alerts).toContainText('37.8 ℃ · 2026-11-27 20:00');
  await shot(page, '67-fever-alert');
  // Not a toast: still there after a reload and on the overview.
  await page.reload();
  await expect(page.getByTestId('fever-alerts')).toContainText(name);
  await page.getByRole('link', { name: '概览', exact: true }).click();
  await expect(page.getByTestId('count-fever-alerts')).toHaveText('1人');
  await expect(page.getByTestId('overview-fever-alerts')).toContainText(name);
  await expectNoHorizontalOverflow(page);
  await shot(page, '68-overview-fever');

  // Handled: what was done is asked, then the alert goes.
  await page.getByRole('link', { name: '隔离酒店', exact: true }).click();
  await page.getByTestId('fever-alerts').getByRole('button', { name: '处理发热' }).click();
  const handle = page.getByRole('dialog', { name: `${name} · 处理发热` });
  await handle.getByRole('button', { name: '保存处理结果' }).click();
  await expect(handle).toContainText('请选择处理方式');
  await handle.getByLabel('处理结果').selectOption({ label: '已通知医生' });
  await handle.getByLabel('说明').fill('符医生 11:00 上门复测');
  await handle.getByRole('button', { name: '保存处理结果' }).click();
  await expect(handle).toBeHidden();
  await expect(page.getByTestId('fever-alerts')).toHaveCount(0);
  await page.getByRole('link', { name: '概览', exact: true }).click();
  await expect(page.getByTestId('count-fever-alerts')).toHaveText('0人');
  await expect(page.getByTestId('overview-fever-alerts')).toHaveCount(0);
});

test('needs: alcohol, thermometer and masks in one dialog; handling asks what was done; 待处理 / 已处理 plainly', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await page.getByRole('link', { name: '隔离酒店', exact: true }).click();
  const guests = page.getByRole('table', { name: /在住人员/ }).getByRole('row');
  const name = ((await guests.nth(3).locator('td').nth(1).locator('a').textContent()) ?? '').trim();
  const row = guests.filter({ hasText: name });
  await row.getByRole('button', { name: '登记需求' }).click();
  const need = page.getByRole('dialog', { name: `${name} 登记需求` });
  await need.getByRole('button', { name: '登记需求' }).click();
  await expect(need).toContainText('请至少选择一项需求');
  for (const k of ['酒精', '体温计', '口罩']) await need.getByLabel(k).check();
  await shot(page, '69-needs-dialog');
  await need.getByRole('button', { name: '登记需求' }).click();
  await expect(need).toBeHidden();
  await expect(row).toContainText('待办需求 3');

  await row.getByRole('link', { name }).click();
  const needs = page.getByTestId('needs');
  await expect(needs.locator('li').filter({ hasText: '待处理' })).toHaveCount(3);
  const alcohol = needs.locator('li').filter({ hasText: '酒精' });
  await alcohol.getByRole('button', { name: '处理' }).click();
  const handle = page.getByRole('dialog', { name: '酒精 · 处理' });
  await handle.getByRole('button', { name: '标记已处理' }).click();
  await expect(handle).toContainText('请选择处理结果');
  await handle.getByLabel('处理结果').selectOption({ label: '已送达' });
  await handle.getByLabel('说明').fill('跑腿员送到前台');
  await handle.getByRole('button', { name: '标记已处理' }).click();
  await expect(handle).toBeHidden();
  await expect(alcohol).toContainText('已处理');
  await expect(alcohol).toContainText('已送达 跑腿员送到前台');
  await expect(needs.locator('li').filter({ hasText: '待处理' })).toHaveCount(2);
  await expectNoHorizontalOverflow(page);
  await shot(page, '70-needs-handled');
  // Handled by mistake: undone with a reason, the handling kept in the log.
  await alcohol.getByRole('button', { name: '撤销处理' }).click();
  const reopen = page.getByRole('dialog', { name: '酒精 · 撤销处理' });
  await reopen.getByLabel('撤销理由').fill('送错房间了');
  await reopen.getByRole('button', { name: '撤销处理' }).click();
  await expect(reopen).toBeHidden();
  await expect(needs.locator('li').filter({ hasText: '待处理' })).toHaveCount(3);
  const log = page.getByTestId('care-log');
  await expect(log).toContainText('处理需求 已送达（跑腿员送到前台）');
  await expect(log).toContainText('撤销需求处理 （送错房间了）');
});

test('in English the care screens speak English: fever alert, waiting, off-closure, the release refusal, needs', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  await signIn(page, host.url);
  const [mother] = await householdPair(page);
  await arriveAndDecideHotel(page, mother);
  // A fever on the board, and the closure extended so every guest is off it.
  await page.getByRole('link', { name: '隔离酒店', exact: true }).click();
  const guests = page.getByRole('table', { name: /在住人员/ }).getByRole('row');
  const name = ((await guests.nth(1).locator('td').nth(1).locator('a').textContent()) ?? '').trim();
  await guests.filter({ hasText: name }).getByRole('button', { name: '记录联系' }).click();
  const call = page.getByRole('dialog', { name: `${name} 记录联系` });
  await call.getByLabel('自报体温（℃）').fill('38.2');
  await call.getByRole('button', { name: '保存联系记录' }).click();
  await expect(call).toBeHidden();
  await page.getByRole('link', { name: '小区设置', exact: true }).click();
  const days = page.getByLabel('计划封闭天数');
  await days.fill(String(Number(await days.inputValue()) + 7));
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '小区信息已保存' }).first()).toBeVisible();

  await page.getByLabel('语言').selectOption('en');
  // The Chinese toasts of the steps before go with a reload.
  await page.reload();
  await page.getByRole('link', { name: 'Overview', exact: true }).click();
  await expect(page.getByTestId('overview-fever-alerts')).toContainText('Fever alerts (1)');
  await expect(page.getByTestId('overview-awaiting')).toContainText('Awaiting placement (1)');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await page.getByRole('link', { name: 'Hotels', exact: true }).click();
  await expect(page.getByTestId('fever-alerts')).toContainText('38.2 ℃');
  await expect(page.getByTestId('awaiting')).toContainText('Awaiting placement (1)');
  await expect(page.getByTestId('off-closure')).toContainText('Planned end not the current closure end');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await shot(page, '71-en-hotels-care');
  const row = page
    .getByRole('table', { name: /Guests/ })
    .getByRole('row')
    .filter({ hasText: name });
  await row.getByRole('button', { name: 'Release' }).click();
  const release = page.getByRole('dialog', { name: `${name} Release` });
  await release.getByRole('combobox', { name: 'To', exact: true }).selectOption({ label: 'Home' });
  await release.getByLabel('Reason for the release').fill('wants to go home');
  // The confirm button says what it does, not a borrowed "Decide" (the returnee check's).
  await expect(release.locator('button[type="submit"]')).toHaveText('Release the guest');
  await release.getByRole('button', { name: 'Release the guest' }).click();
  await expect(release).toContainText('The compound is still sealed');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await release.getByRole('button', { name: 'Cancel' }).click();
  await row.getByRole('link', { name }).click();
  await expect(page.getByTestId('contacts')).toContainText('Fever, not handled');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await shot(page, '72-en-returnee-file');
});
