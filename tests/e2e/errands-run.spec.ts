/**
 * Errands (issue 13), the runner's side: a runner's own list with one-tap steps (at 1366×768 and at
 * phone width), a building's errand slips printed to PDF, and a runner's cash reconciled with a small
 * difference and its reason; the same screens in English.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { programChinese } from './cjk';
import { apiCall, expect, expectNoHorizontalOverflow, type Host, SHOTS, shot, test } from './host';

type Member = { id: number; name: string; role: string; buildingIds: number[] };
type Errand = { id: string; no: number; state: string; runnerId: number | null };
type Full = Errand & {
  steps: {
    state: string;
    amountFen: number | null;
    shop: string;
    receiptNo: string;
    note: string;
    undoes: string | null;
  }[];
};
type Book = {
  balanceFen: number | null;
  entries: { kind: string; amountFen: number; balanceFen: number; errandNo: number | null }[];
  reconciliations: { differenceFen: number; reason: string }[];
};
const no = (n: number) => `E-${String(n).padStart(4, '0')}`;

/**
 * Three requests of one building's households, given to its runner: the first building whose runner
 * has no cash book yet (the demo gave two runners one), so the book's figures are this test's alone.
 */
async function threeErrands(page: Page, host: Host) {
  const team = await apiCall<Member[]>(page, host, 'team.list', {});
  const board = await apiCall<{
    buildings: { id: number; name: string; cells: { householdId: number }[] }[];
  }>(page, host, 'buildings.board', { cursor: 0, limit: 100 });
  let found: { b3: (typeof board.buildings)[number]; runner: Member } | undefined;
  for (const b of board.buildings) {
    const r = team.find((m) => m.role === 'runner' && m.buildingIds.includes(b.id));
    if (!r || b.cells.length < 3) continue;
    if ((await apiCall<{ total: number }>(page, host, 'cash.book', { runnerId: r.id })).total > 0) continue;
    found = { b3: b, runner: r };
    break;
  }
  if (!found) throw new Error('no building whose runner has no cash book');
  const { b3, runner } = found;
  const households = b3.cells.slice(0, 3).map((c) => c.householdId);
  const asks = [
    {
      kind: 'groceries',
      budgetFen: 10000,
      lines: [
        { what: '白菜', qty: 2 },
        { what: '鸡蛋', qty: 1, note: '一板' },
      ],
    },
    { kind: 'medicine', budgetFen: 5000, lines: [{ what: '降压药', qty: 1, note: '硝苯地平' }] },
    { kind: 'gas', payer: 'post', lines: [{ what: '煤气罐', qty: 1 }] },
  ];
  const errands: Errand[] = [];
  for (const [i, a] of asks.entries()) {
    const e = await apiCall<Errand>(page, host, 'errands.add', { householdId: households[i], ...a });
    if (e.runnerId !== runner.id)
      await apiCall(page, host, 'errands.assign', { id: e.id, from: e.state, runnerId: runner.id });
    errands.push(e);
  }
  return { runner, building: b3, errands };
}

test("a runner's list, one tap a step; a building's slips printed; the runner's cash reconciled", async ({
  page,
  host,
}) => {
  test.setTimeout(240_000);
  await page.goto(host.url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: /黄国栋/ })
    .click();
  const { runner, building, errands } = await threeErrands(page, host);
  const [veg, med, gas] = errands.map((e) => e.no) as [number, number, number];

  // The picker, then the runner's own list: the building, the three not bought yet.
  await page.goto(`${host.url}#/errands/runner`);
  await expect(page.getByRole('link', { name: new RegExp(runner.name) })).toBeVisible();
  await shot(page, 'errands-run-00-picker');
  await page.getByRole('link', { name: new RegExp(runner.name) }).click();
  await expect(page.getByRole('heading', { name: runner.name })).toBeVisible();
  const b3 = page.getByRole('region', { name: building.name });
  const card = (n: number) => b3.getByRole('listitem', { name: new RegExp(no(n)) });
  for (const n of [veg, med, gas]) await expect(card(n)).toBeVisible();
  await expect(card(med)).toContainText('买药');
  await expect(card(gas)).toContainText('指挥部承担');
  await expect(b3.getByRole('heading', { name: '还没买' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await shot(page, 'errands-run-01-runner');

  // Another operator records the gas errand's no-answer first: the runner's tap on the same step,
  // sent with the state the card showed, is refused — one step, not two — and the card catches up.
  await page.waitForLoadState('networkidle');
  await apiCall(page, host, 'errands.step', { id: errands[2]?.id, from: 'assigned', step: 'no_answer' });
  await card(gas).getByRole('button', { name: '无人接听' }).click();
  await expect(page.locator('.toast-error')).toContainText('不再是你看到的');
  await expect(card(gas)).toContainText('第 1 次无人接听 ·');
  const gasSteps = await apiCall<Full>(page, host, 'errands.get', { id: errands[2]?.id });
  expect(gasSteps.steps.filter((s) => s.state === 'no_answer')).toHaveLength(1);
  // Nobody answers again: still one tap, its own step (session 22).
  await card(gas).getByRole('button', { name: '无人接听' }).click();
  await expect(card(gas)).toContainText('第 2 次无人接听 ·');
  await shot(page, 'errands-run-01b-no-answer-again');
  const gasAgain = await apiCall<Full>(page, host, 'errands.get', { id: errands[2]?.id });
  expect(gasAgain.steps.filter((s) => s.state === 'no_answer')).toHaveLength(2);

  // Bought: the small form (yuan typed); the errand moves under its shop.
  await card(veg).getByRole('button', { name: '已买到' }).click();
  const form = page.getByRole('form', { name: `${no(veg)} 已买到` });
  await form.getByLabel('实付金额（元）').fill('86.4');
  await form.getByLabel('商店').fill('永辉超市');
  await form.getByLabel('小票号').fill('0042');
  await form.getByRole('button', { name: '记下' }).click();
  await expect(card(veg)).toContainText('已买到');
  await expect(b3.getByRole('heading', { name: '永辉超市' })).toBeVisible();
  // Delivered: one tap. No answer: one tap.
  await card(veg).getByRole('button', { name: '已送达' }).click();
  await expect(card(veg)).toContainText('已送达');
  // Tapped too soon (session 22): undone within the shift, with a reason, as a step of its own; the
  // card is back under its shop, and delivered again.
  await expect(card(veg).getByRole('button')).toHaveText(['撤销送达']);
  await card(veg).getByRole('button', { name: '撤销送达' }).click();
  const undo = page.getByRole('dialog', { name: `撤销送达：${no(veg)}` });
  await undo.getByRole('button', { name: '撤销送达' }).click();
  await expect(undo.locator('.field-error')).toBeVisible();
  await undo.getByLabel('原因').fill('还在楼下，点早了');
  await shot(page, 'errands-run-02a-undo');
  await undo.getByRole('button', { name: '撤销送达' }).click();
  await expect(undo).toBeHidden();
  await expect(card(veg)).toContainText('已买到 ·');
  const undone = await apiCall<Full>(page, host, 'errands.get', { id: errands[0]?.id });
  expect(undone.steps.slice(-2).map((s) => [s.state, !!s.undoes, s.note])).toEqual([
    ['delivered', false, ''],
    ['bought', true, '还在楼下，点早了'],
  ]);
  await card(veg).getByRole('button', { name: '已送达' }).click();
  await expect(card(veg)).toContainText('已送达');
  await card(med).getByRole('button', { name: '无人接听' }).click();
  await expect(card(med)).toContainText('无人接听');
  const bought = await apiCall<Full>(page, host, 'errands.get', { id: errands[0]?.id });
  expect(bought.state).toBe('delivered');
  expect(bought.steps.find((s) => s.state === 'bought')).toMatchObject({
    amountFen: 8640,
    shop: '永辉超市',
    receiptNo: '0042',
  });
  await shot(page, 'errands-run-02-stepped');

  // At phone width: nothing cut off sideways, the steps large enough for a thumb.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectNoHorizontalOverflow(page);
  const tap = await card(gas).getByRole('button', { name: '已买到' }).boundingBox();
  expect(tap?.height ?? 0).toBeGreaterThanOrEqual(44);
  await shot(page, 'errands-run-03-phone');
  await page.setViewportSize({ width: 1366, height: 768 });

  // The building's slips: one per open errand, printed to A4.
  await b3.getByRole('link', { name: '打印本楼跑腿单' }).click();
  const slips = page.locator('article.slip');
  await expect(slips.filter({ hasText: no(gas) })).toBeVisible();
  const open = await apiCall<{ total: number }>(page, host, 'errands.list', {
    scope: 'open',
    buildingId: building.id,
  });
  await expect(slips).toHaveCount(open.total);
  await expect(slips.filter({ hasText: no(veg) })).toContainText('鸡蛋');
  await expect(slips.filter({ hasText: no(veg) })).toContainText('一板');
  await expect(slips.filter({ hasText: no(med) })).toContainText('降压药');
  await shot(page, 'errands-run-04-slips');
  await page.emulateMedia({ media: 'print' });
  const pdf = join(SHOTS, 'errands-run-05-slips.pdf');
  await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    join(SHOTS, 'errands-run-05-slips'),
  ]);
  expect(execFileSync('pdfinfo', [pdf]).toString()).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
  for (const w of [no(veg), no(gas), '煤气罐', '住户签收', '跑腿员签字']) expect(text).toContain(w);

  // The runner's cash: the purchase is in the book already (the bought step wrote it); an advance
  // from the post and the money collected from the household are typed in yuan.
  await page.goto(`${host.url}#/errands/cash`);
  await page
    .getByRole('row', { name: new RegExp(runner.name) })
    .getByRole('link', { name: runner.name })
    .click();
  await expect(page.getByRole('heading', { name: `${runner.name} 的现金账` })).toBeVisible();
  const rows = page.locator('table.cash-entries tbody tr');
  await expect(rows.first()).toContainText('代购支出');
  await expect(rows.first()).toContainText('−¥86.40');
  await expect(rows.first()).toContainText(no(veg));
  await expect(page.locator('.cash-balance')).toContainText('−¥86.40');
  const entry = page.getByRole('form', { name: '记一笔' });
  await entry.getByLabel('类别').selectOption('advance');
  await entry.getByLabel('金额（元）').fill('200');
  await entry.getByRole('button', { name: '记入' }).click();
  await expect(page.locator('.cash-balance')).toContainText('¥113.60');
  await expect(entry.getByLabel('金额（元）')).toHaveValue('');
  await entry.getByLabel('类别').selectOption('collected');
  await entry.getByLabel('金额（元）').fill('86.4');
  const errandPick = entry.getByLabel('关联跑腿单');
  await errandPick.selectOption(
    (await errandPick.locator('option', { hasText: no(veg) }).getAttribute('value')) ?? '',
  );
  await entry.getByLabel('小票号').fill('0042');
  await entry.getByRole('button', { name: '记入' }).click();
  await expect(page.locator('.cash-balance')).toContainText('¥200.00');
  await expect(rows.first()).toContainText('向住户收款');
  await expect(rows.first()).toContainText('+¥86.40');
  await expect(rows.first()).toContainText('¥200.00');

  // Counted 199.40 against 200.00: refused without a reason, booked with one.
  const rec = page.getByRole('form', { name: '交班对账' });
  await expect(rec).toContainText('账面应有 ¥200.00');
  await rec.getByLabel('实点现金（元）').fill('199.4');
  await expect(rec).toContainText('差额 −¥0.60');
  await rec.getByRole('button', { name: '确认对账' }).click();
  await expect(rec.locator('.field-error, .error-box').first()).toBeVisible();
  await shot(page, 'errands-run-06-reason-needed');
  await rec.getByLabel('差额原因').fill('找零少收 6 角');
  await rec.getByRole('button', { name: '确认对账' }).click();
  await expect(page.locator('table.cash-recs tbody tr').first()).toContainText('找零少收 6 角');
  await expect(page.locator('.cash-balance')).toContainText('¥199.40');
  await expect(rec.getByLabel('实点现金（元）')).toHaveValue('');
  await expect(rows.first()).toContainText('对账差额');
  const book = await apiCall<Book>(page, host, 'cash.book', { runnerId: runner.id });
  expect(book.balanceFen).toBe(19940);
  expect(book.reconciliations[0]).toMatchObject({ differenceFen: -60, reason: '找零少收 6 角' });
  await expectNoHorizontalOverflow(page);
  await shot(page, 'errands-run-07-cash-book');
  await page.goto(`${host.url}#/errands/cash`);
  await expect(page.getByRole('row', { name: new RegExp(runner.name) })).toContainText('¥199.40');
  await shot(page, 'errands-run-08-cash-runners');

  // In English: the same screens, only stored data (names, rooms, items) in Chinese.
  await page.getByLabel('语言').selectOption('en');
  await expect(page.getByRole('heading', { name: "Runners' cash" })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await shot(page, 'errands-run-09-en-cash');
  await page.goto(`${host.url}#/errands/cash/${runner.id}`);
  await expect(page.getByRole('form', { name: 'End-of-shift reconciliation' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await expectNoHorizontalOverflow(page);
  await shot(page, 'errands-run-10-en-book');
  await page.goto(`${host.url}#/errands/runner/${runner.id}`);
  await expect(card(gas).getByRole('button', { name: 'Bought' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await expectNoHorizontalOverflow(page);
  await shot(page, 'errands-run-11-en-runner');
  await page.goto(`${host.url}#/errands/runner`);
  await expect(page.getByRole('heading', { name: 'Choose a runner' })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(runner.name) })).toContainText(/open errands?/);
  await page.waitForLoadState('networkidle');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await page.goto(`${host.url}#/errands/print?building=${building.id}`);
  await expect(slips.filter({ hasText: no(gas) })).toContainText('Received by');
  await page.waitForLoadState('networkidle');
  expect(await programChinese(page, host.dbPath)).toEqual([]);
  await shot(page, 'errands-run-12-en-slips');
});
