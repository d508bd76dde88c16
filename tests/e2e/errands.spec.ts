/**
 * 跑腿 (issue 13), the post's screens: three requests typed in a row by keyboard only, one errand assigned,
 * bought, delivered and confirmed; a step from a stale view refused and reloaded; the stale list from the
 * overview's tile; the building filter typed; the same screens in English. Screenshots at 1366×768.
 */
import type { Locator, Page } from '@playwright/test';
import { programChinese } from './cjk';
import { apiCall, E2E_NOW, expect, expectNoHorizontalOverflow, type Host, shot, test } from './host';

type Found = { rows: { householdId: number; building: string; unit: string; room: string }[] };

/** A building-room that finds exactly one household in the demo (so Enter picks that one). */
async function anAddress(page: Page, host: Host, building: number, floor: number): Promise<string> {
  for (let k = 1; k <= 6; k++) {
    const q = `${building}-${floor}0${k}`;
    const found = await apiCall<Found>(page, host, 'residents.search', { q, limit: 50 });
    if (found.rows.length > 0 && new Set(found.rows.map((r) => r.householdId)).size === 1) return q;
  }
  throw new Error(`no single household on floor ${floor} of ${building}栋`);
}

/** A runner of the demo and their shift of the day (the runner team's, 08:00–20:00). */
async function runnerShift(page: Page, host: Host, name: string) {
  const { runners } = await apiCall<{ runners: { id: number; name: string }[] }>(
    page,
    host,
    'errands.runners',
    {},
  );
  const staffId = runners.find((r) => r.name === name)?.id;
  const roster = await apiCall<{ shifts: { id: number; post: string }[] }>(page, host, 'roster.get', {
    from: '2026-11-28',
    days: 1,
    staffId,
  });
  const shiftId = roster.shifts.find((s) => s.post === '跑腿小分队')?.id;
  expect(shiftId).toBeTruthy();
  return { staffId, shiftId };
}

async function signIn(page: Page, host: Host) {
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /黄国栋/ })
    .click();
}

/** One request, typed: household, lines (Enter adds one), kind by arrow keys, budget; Ctrl+Enter saves. */
async function typeRequest(
  page: Page,
  r: { address: string; lines: [string, number][]; kindDown: number; budget: string },
) {
  const k = page.keyboard;
  const form = page.getByRole('form', { name: '登记需求' });
  await expect(page.locator('#errand-household')).toBeFocused();
  await k.type(r.address);
  await expect(page.locator('#errand-household-list li').first()).toContainText(
    r.address.split('-')[1] ?? '',
  );
  await k.press('Enter');
  for (const [i, [what, qty]] of r.lines.entries()) {
    await expect(form.getByLabel(`物品 ${i + 1}`)).toBeFocused();
    await k.type(what);
    await k.press('Tab');
    await k.type(String(qty));
    await k.press('Enter');
  }
  // Enter on the empty line after the last goes on to the kind.
  await k.press('Enter');
  await expect(form.getByLabel('类别')).toBeFocused();
  for (let i = 0; i < r.kindDown; i++) await k.press('ArrowDown');
  // urgency, channel, payer, budget
  for (let i = 0; i < 4; i++) await k.press('Tab');
  await k.type(r.budget);
  await k.press('Control+Enter');
}

const said = (page: Page) => page.locator('.errand-last');

test('a second unanswered call is counted; a duplicate names the errand it repeats by number', async ({
  page,
  host,
}) => {
  await signIn(page, host);
  const hh = await apiCall<Found>(page, host, 'residents.search', { q: '2-101', limit: 5 });
  const householdId = hh.rows[0]?.householdId;
  type Added = { id: string; no: number; state: string };
  const add = () =>
    apiCall<Added>(page, host, 'errands.add', {
      householdId,
      kind: 'groceries',
      lines: [{ what: '挂面', qty: 1 }],
    });
  const first = await add();
  const again = await add();
  await apiCall(page, host, 'errands.step', {
    id: first.id,
    from: first.state,
    step: 'no_answer',
    note: '下午再打',
  });
  await apiCall(page, host, 'errands.step', {
    id: first.id,
    from: 'no_answer',
    step: 'no_answer',
    note: '晚上再打',
  });
  await apiCall(page, host, 'errands.step', {
    id: again.id,
    from: again.state,
    step: 'duplicate',
    duplicateOf: first.id,
  });
  const no = `E-${String(first.no).padStart(4, '0')}`;
  await page.goto(`${host.url}#/errands/${again.id}`);
  const steps = page.getByRole('table', { name: '经过' });
  await expect(steps.getByRole('link', { name: `重复于 ${no}` })).toBeVisible();
  await steps.getByRole('link', { name: `重复于 ${no}` }).click();
  await expect(page.locator('.errand-head')).toContainText(no);
  await expect(steps.locator('tbody tr', { hasText: '晚上再打' })).toContainText('第 2 次无人接听');
  await expect(steps.locator('tbody tr', { hasText: '下午再打' })).not.toContainText('第 1 次');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'errands-06-no-answer-twice');
});

test('three requests by keyboard, one errand to the end, a step from a stale view, the stale list', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  await signIn(page, host);
  const a1 = await anAddress(page, host, 3, 5);
  const a2 = await anAddress(page, host, 3, 2);
  const a3 = await anAddress(page, host, 2, 1);
  await page.getByRole('link', { name: '跑腿', exact: true }).click();
  const form = page.getByRole('form', { name: '登记需求' });
  await expect(form).toBeVisible();

  // 3栋's runner is rostered on the runner team's shift running now, but their sign-in is taken back
  // (signed in by mistake): not on duty, so the first request of 3栋 waits for the post.
  const { staffId: runner3, shiftId } = await runnerShift(page, host, '跑腿员3栋');
  await apiCall(page, host, 'attendance.reverse', { shiftId, staffId: runner3, reason: '还没到岗' });
  await typeRequest(page, {
    address: a1,
    lines: [
      ['白菜', 2],
      ['鸡蛋', 1],
    ],
    kindDown: 0,
    budget: '50',
  });
  await expect(said(page)).toContainText(/E-\d{4}/);
  await expect(page.locator('#errand-household')).toBeFocused();
  await expect(form.getByLabel('物品 1')).toHaveValue('');
  await expect(said(page)).toContainText('等待指派');
  // 3栋's runner comes on duty (on the shift running now, signed in): the next request of 3栋 goes
  // straight to them.
  await apiCall(page, host, 'attendance.record', { shiftId, staffId: runner3, action: 'in' });
  await typeRequest(page, { address: a2, lines: [['降压药', 1]], kindDown: 1, budget: '36.5' });
  await expect(said(page)).toContainText('已交给 跑腿员3栋');
  await typeRequest(page, { address: a3, lines: [['煤气罐', 1]], kindDown: 2, budget: '' });
  await expect(said(page)).toContainText(/(已交给|等待指派)/);
  await expect(page.locator('#errand-household')).toBeFocused();
  // The form cleared whole: the gas cylinder went without the budget typed for the medicine before it.
  await expect(form.getByLabel('预算（元）')).toHaveValue('');
  const gas = page.getByRole('table', { name: '跑腿单' }).locator('tbody tr', { hasText: '煤气罐' });
  await expect(gas).toHaveCount(1);
  await expect(gas).not.toContainText('¥');
  await expect(gas).toContainText('煤气');

  // The list of 3栋: what it asked for, who has it, how long it waited.
  const buildingFilter = page.getByRole('combobox', { name: '楼栋', exact: true });
  await expect(buildingFilter).toHaveAttribute('placeholder', '全部楼栋');
  await buildingFilter.fill('3栋');
  await buildingFilter.press('Enter');
  await expect(page.getByRole('button', { name: '全部楼栋' })).toBeVisible();
  const list = page.getByRole('table', { name: '跑腿单' });
  const cabbage = list.locator('tbody tr', { hasText: '白菜' });
  await expect(cabbage).toHaveCount(1);
  await expect(cabbage).toContainText('鸡蛋');
  await expect(cabbage).toContainText('¥50.00');
  const medicine = list.locator('tbody tr', { hasText: '降压药' });
  await expect(medicine.locator('.badge.bad')).toBeVisible();
  await expect(medicine).toContainText('跑腿员3栋');
  await expect(medicine).toContainText('¥36.50');
  await expect(list.locator('tbody tr', { hasText: '煤气罐' })).toHaveCount(0);
  await expect(cabbage.locator('.age-chip')).toHaveClass(/age-fresh/);
  await expectNoHorizontalOverflow(page);
  await shot(page, 'errands-01-form-and-list');

  // The cabbage errand to the end: assign, bought, delivered, confirmed.
  await cabbage.getByRole('link', { name: /E-\d{4}/ }).click();
  const next = page.locator('.errand-next');
  const head = page.locator('.errand-head');
  await expect(head).toContainText('白菜');
  await next.getByRole('button', { name: /^(指派|改派)$/ }).click();
  let dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('group', { name: '负责 3栋' })).toBeVisible();
  await dialog.getByRole('radio', { name: /跑腿员3栋/ }).check();
  await shot(page, 'errands-02-assign');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(head.locator('h2')).toContainText('已指派');
  await expect(head).toContainText('跑腿员3栋');

  await next.getByRole('button', { name: '已买到' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('金额（元）').fill('48.5');
  await dialog.getByLabel('商店').fill('惠民超市');
  await dialog.getByLabel('小票号').fill('A-1029');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(head.locator('h2')).toContainText('已买到');

  // Someone else delivers it meanwhile: this page still shows 已买到, so its step is refused and reloads.
  const id = page.url().split('#/errands/')[1] ?? '';
  await apiCall(page, host, 'errands.step', { id, from: 'bought', step: 'delivered', deliveredTo: '邻居' });
  await next.getByRole('button', { name: '已送达' }).click();
  dialog = page.getByRole('dialog');
  await dialog.getByLabel('交给').fill('本人');
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '重新载入' })).toBeVisible();
  await expect(head.locator('h2')).toContainText('已送达');
  const steps = page.getByRole('table', { name: '经过' });
  await expect(steps.locator('tbody tr', { hasText: '邻居' })).toHaveCount(1);
  await expect(steps.locator('tbody tr', { hasText: '本人' })).toHaveCount(0);

  await next.getByRole('button', { name: '住户已确认' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click();
  await expect(head.locator('h2')).toContainText(/已确认/);
  await expect(page.locator('.errand-next')).toHaveCount(0);
  await expect(steps.locator('tbody tr', { hasText: '惠民超市' })).toContainText('¥48.50');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'errands-03-errand-done');

  // A request that came in eight hours ago is stale: the overview's tile opens the stale list. (Its
  // building's runner is off duty, or it would go to them now.)
  const runner2 = await runnerShift(page, host, '跑腿员2栋');
  await apiCall(page, host, 'attendance.reverse', { ...runner2, reason: '还没到岗' });
  const hh = await apiCall<Found>(page, host, 'residents.search', { q: a3, limit: 5 });
  const eightHoursAgo = new Date(Date.parse(E2E_NOW) - 8 * 3_600_000).toISOString();
  await apiCall(page, host, 'errands.add', {
    householdId: hh.rows[0]?.householdId,
    kind: 'parcel',
    lines: [{ what: '快递（东门）', qty: 1 }],
    at: eightHoursAgo,
  });
  await page.getByRole('link', { name: '概览', exact: true }).click();
  const tile = page.getByTestId('count-errands-stale');
  await expect(tile).not.toHaveText('0');
  await tile.click();
  await expect(page).toHaveURL(/#\/errands\?scope=stale/);
  const stale = page.getByRole('table', { name: '跑腿单' }).locator('tbody tr');
  await expect(stale.filter({ hasText: '快递（东门）' })).toHaveCount(1);
  await expect(stale.filter({ hasText: '快递（东门）' }).locator('.age-chip')).toHaveClass(/age-stale/);
  await expect(stale.filter({ hasText: '快递（东门）' })).toContainText('8 小时 00 分');
  for (const row of await stale.all()) await expect(row.locator('.age-chip')).toHaveClass(/age-stale/);
  await expectNoHorizontalOverflow(page);
  await shot(page, 'errands-04-stale');

  // The limits are the post's settings: stale from 8 h 30 min, and the parcel is aging, not stale.
  await page.getByRole('link', { name: '小区设置', exact: true }).click();
  await expect(page.getByLabel('等待较久（分钟起）')).toHaveValue('120');
  await page.getByLabel('超时（分钟起）').fill('510');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'errands-05-settings');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('小区信息已保存')).toBeVisible();
  await page.goto(`${host.url}#/errands?scope=all`);
  await page.getByLabel('类别', { exact: true }).selectOption('parcel');
  const parcel = page.getByRole('table', { name: '跑腿单' }).locator('tbody tr', { hasText: '快递（东门）' });
  await expect(parcel.locator('.age-chip')).toHaveClass(/age-aging/);
  await expect(page.locator('.errand-counts')).toContainText('120 分钟内为及时，510 分钟起为超时');

  // In English: the same screens in English words; only stored data is Chinese.
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('form', { name: 'Take a request' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await expectNoHorizontalOverflow(page);
  await shot(page, 'errands-en-01-list');
  await page.getByLabel('Kind', { exact: true }).selectOption('');
  await openRow(page.getByRole('table', { name: 'Errands' }).locator('tbody tr', { hasText: '白菜' }));
  await expect(page.getByRole('table', { name: 'Steps' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await expectNoHorizontalOverflow(page);
  await shot(page, 'errands-en-02-errand');
});

async function openRow(row: Locator) {
  await row.getByRole('link', { name: /E-\d{4}/ }).click();
}
