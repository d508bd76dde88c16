/**
 * A large distribution (issue 12) is written in a worker thread: here the built host is told to
 * offload every distribution (GATEPOST_DISTRIB_WORKER_FROM=0), so the form's list of every building
 * goes through out/main/distribute-worker.js. The demo's 77 households write too fast to watch, so
 * the form is shown a job half-way (jobs.progress answered by the test) while the real call is held
 * back a moment: the progress bar under the button, at 1366×768, in Chinese and in English.
 */
import type { Page, Route } from '@playwright/test';
import { programChinese } from './cjk';
import { E2E_NOW, expect, expectNoHorizontalOverflow, shot, startServe, test } from './host';

const halfWay = (route: Route) =>
  route.fulfill({
    contentType: 'application/json',
    body: JSON.stringify({ ok: true, value: { phase: 'write', done: 1500, total: 3000, finished: false } }),
  });

async function fillForm(page: Page, item: string) {
  const form = page.getByRole('form', { name: /新建发放|New distribution/ });
  await form.locator('select').first().selectOption({ label: item });
  await expect(form.locator('.distrib-need')).toBeVisible();
  return form;
}

test('a distribution written by the worker, its progress shown under the form', async ({ page }) => {
  test.setTimeout(180_000);
  const { host, stop } = await startServe(['--demo'], {
    GATEPOST_NOW: E2E_NOW,
    GATEPOST_DISTRIB_WORKER_FROM: '0',
  });
  try {
    await page.goto(host.url);
    await page
      .getByRole('dialog', { name: '选择值班人员' })
      .getByRole('button', { name: /黄国栋/ })
      .click();
    const saved = await page.request.post(`${host.url}api/stock.saveItem`, {
      data: { name: '消毒片', unit: '板', category: 'protection' },
      headers: { 'x-gatepost-operator': '1', origin: host.url.replace(/\/$/, '') },
    });
    expect(((await saved.json()) as { ok: boolean }).ok).toBe(true);
    await page.route('**/api/jobs.progress', halfWay);
    let release: () => void = () => undefined;
    const held = new Promise<void>((r) => {
      release = r;
    });
    await page.route('**/api/stock.distribute', async (route) => {
      await held;
      await route.continue();
    });

    await page.getByRole('link', { name: '物资', exact: true }).click();
    await page.getByRole('link', { name: '发放', exact: true }).click();
    const form = await fillForm(page, '消毒片（板）');
    const needText = (await form.locator('.distrib-need').textContent()) ?? '';
    const households = Number(/（(\d+) 户/.exec(needText)?.[1]);
    expect(households).toBeGreaterThan(0);
    await form.getByRole('button', { name: '生成发放名单' }).click();
    const bar = page.getByTestId('distrib-progress');
    await expect(bar).toContainText('正在写入名单：1,500 / 3,000 户');
    await expect(bar.locator('.progress-bar')).toHaveAttribute('style', /width: 50%/);
    await expect(form.getByRole('button', { name: '正在生成…' })).toBeDisabled();
    await expectNoHorizontalOverflow(page);
    await shot(page, '97-distrib-progress');
    release();

    // The list the worker wrote: every building's households with someone in the compound.
    await expect(page.getByRole('tab', { name: /1栋 0\// })).toBeVisible();
    const list = await page.request.post(`${host.url}api/stock.distributions`, {
      data: {},
      headers: { origin: host.url.replace(/\/$/, '') },
    });
    const rows = ((await list.json()) as { value: { rows: { households: number; item: string }[] } }).value
      .rows;
    expect(rows.find((r) => r.item === '消毒片')?.households).toBe(households);
    expect(host.output()).not.toMatch(/stock\.distribute failed|distribution worker/);

    // In English, the same bar in English words. This second distribution is handed to the worker
    // the first one left ready (worker-start.ts `keepNext`): the built host's path for it.
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('link', { name: '← Distributions' }).click();
    const en = await fillForm(page, '消毒片 (板)');
    await en.locator('input[type="date"]').fill('2026-11-29');
    let again: () => void = () => undefined;
    const heldAgain = new Promise<void>((r) => {
      again = r;
    });
    await page.unroute('**/api/stock.distribute');
    await page.route('**/api/stock.distribute', async (route) => {
      await heldAgain;
      await route.continue();
    });
    await en.getByRole('button', { name: 'Make the list' }).click();
    await expect(page.getByTestId('distrib-progress')).toContainText(
      'Writing the list: 1,500 / 3,000 households',
    );
    expect(await programChinese(page, host.dbPath)).toEqual([]);
    await expectNoHorizontalOverflow(page);
    await shot(page, '98-en-distrib-progress');
    again();
    await expect(page.getByRole('tab', { name: /1栋 0\// })).toBeVisible();
  } finally {
    await stop();
  }
});
