/**
 * What users tripped on (session 22): toasts piling over tables, the duty screen's lists with no
 * way to the rest, short Chinese labels breaking in table cells, sidebar icons missing in English.
 * Screenshots at 1366×768 in both languages.
 */
import type { Page } from '@playwright/test';
import { expect, shot, test } from './host';

async function signIn(page: Page, url: string, name = '黄国栋') {
  await page.goto(url);
  await page
    .getByRole('dialog', { name: '选择值班人员' })
    .getByRole('button', { name: new RegExp(name) })
    .click();
  await expect(page.getByRole('link', { name: '概览', exact: true })).toBeVisible();
}

/** Short texts (six characters at most) in table cells that the browser broke onto two lines. */
async function wrappedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const cell of Array.from(document.querySelectorAll('.table th, .table td'))) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const text = (n.textContent ?? '').trim();
        if (text.length < 2 || text.length > 6 || /\s/.test(text)) continue;
        const range = document.createRange();
        range.selectNodeContents(n);
        const tops = new Set(
          Array.from(range.getClientRects())
            .filter((r) => r.width > 0)
            .map((r) => Math.round(r.top)),
        );
        if (tops.size > 1) out.push(text);
      }
    }
    return out;
  });
}

const box = async (page: Page, selector: string) => {
  const b = await page.locator(selector).boundingBox();
  if (!b) throw new Error(`no box for ${selector}`);
  return b;
};

test('toasts: three at most, newest first, closable, gone by themselves, never over the last row', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await page.goto(`${host.url}#/audit`);
  const table = page.locator('main table.table').first();
  await expect(table).toBeVisible();
  // Five switches of the operator on duty, five messages (each a different person).
  const select = page.locator('.operator-bar select');
  const names: string[] = [];
  const options = await select.locator('option').allTextContents();
  for (const label of options.filter((o) => o && !o.includes('黄国栋')).slice(0, 5)) {
    await select.selectOption({ label });
    const dialog = page.getByRole('dialog', { name: /PIN/ });
    if (await dialog.isVisible()) throw new Error(`${label} has a PIN`);
    names.push(label.replace(/（.*$/, ''));
  }
  const toasts = page.locator('.toast');
  await expect(toasts).toHaveCount(3);
  // Newest first.
  await expect(toasts.first()).toContainText(names[4] as string);
  await expect(toasts.nth(2)).toContainText(names[2] as string);
  // The table's last row scrolls up above the stack: nothing of it under a toast.
  await page.locator('main.content').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  const last = await box(page, 'main table.table tbody tr:last-child');
  const stack = await box(page, '.toasts');
  expect(last.y + last.height).toBeLessThanOrEqual(stack.y + 1);
  await shot(page, 'ui-01-toasts');
  // Each closable.
  await toasts.first().getByRole('button', { name: '关闭' }).click();
  await expect(toasts).toHaveCount(2);
  // Gone by themselves (a success in five seconds).
  await expect(toasts).toHaveCount(0, { timeout: 9_000 });
});

test('duty: "view all" opens every due check the count says; short labels never wrap', async ({
  page,
  host,
}) => {
  test.setTimeout(180_000);
  await signIn(page, host.url);
  // Everyone in the compound followed: far more due than the eight rows shown.
  await page.goto(`${host.url}#/health/episodes`);
  await page.getByRole('button', { name: '新建监测' }).click();
  const dialog = page.getByRole('dialog', { name: '新建健康监测' });
  await dialog.getByLabel('小区全体居民（尚未监测的）').check();
  await dialog.getByRole('button', { name: '新建监测' }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('link', { name: '值班总览', exact: true }).click();
  const due = page.getByRole('region', { name: '应测未测' });
  const total = Number(await due.locator('h2 .badge').textContent());
  expect(total).toBeGreaterThan(8);
  const list = due.getByRole('list', { name: '应测未测' });
  await expect(list.locator('li')).toHaveCount(8);
  await due.getByRole('button', { name: `查看全部（${total}）` }).click();
  await expect(list.locator('li')).toHaveCount(total);
  await shot(page, 'ui-02-duty-all');
  await due.getByRole('button', { name: '收起' }).click();
  await expect(list.locator('li')).toHaveCount(8);
  await shot(page, 'ui-03-duty-short');

  // The medical list: 发热, 药品将用完, 紧急程度 each on one line.
  await page.goto(`${host.url}#/health/medical`);
  await expect(page.getByRole('table', { name: '医疗需求' })).toBeVisible();
  expect(await wrappedLabels(page)).toEqual([]);
  await shot(page, 'ui-04-medical');
  for (const route of ['errands', 'stock', 'hotels', 'returnees', 'health/episodes']) {
    await page.goto(`${host.url}#/${route}`);
    await expect(page.locator('main .table').first()).toBeVisible();
    expect({ route, wrapped: await wrappedLabels(page) }).toEqual({ route, wrapped: [] });
  }
});

test('sidebar icons drawn in both languages', async ({ page, host }) => {
  await signIn(page, host.url);
  const items = page.locator('nav[aria-label="main"] .nav-item');
  const n = await items.count();
  expect(n).toBeGreaterThan(15);
  for (const lang of ['zh-CN', 'en']) {
    if (lang === 'en') await page.getByLabel('语言').selectOption('en');
    await page.goto(`${host.url}#/dashboard`);
    const icons = page.locator('nav[aria-label="main"] .nav-item .nav-icon svg');
    await expect(icons).toHaveCount(n);
    for (let i = 0; i < n; i++) {
      const b = await icons.nth(i).boundingBox();
      expect(b?.width).toBeGreaterThanOrEqual(14);
      expect(b?.height).toBeGreaterThanOrEqual(14);
    }
    await shot(page, `ui-05-sidebar-${lang}`);
  }
});

test('the demo’s runners are on duty: the picker marks each one', async ({ page, host }) => {
  await signIn(page, host.url);
  await page.goto(`${host.url}#/errands/runner`);
  const picker = page.getByRole('list', { name: '选择跑腿员' });
  await expect(picker.getByRole('link')).toHaveCount(6);
  await expect(picker.locator('.run-duty')).toHaveCount(6);
  await shot(page, 'ui-06-runners-on-duty');
});

test('a long table scrolled: its header sits at the very top, no row shows above it', async ({
  page,
  host,
}) => {
  await signIn(page, host.url);
  await page.goto(`${host.url}#/audit`);
  const head = page.locator('main table.table thead th').first();
  await expect(head).toBeVisible();
  await page.locator('main.content').evaluate((el) => el.scrollTo(0, 400));
  const content = await box(page, 'main.content');
  const th = await box(page, 'main table.table thead th:first-child');
  // At the scroll area's top edge (it sat 16 px below it, the rows scrolled past showing above).
  expect(Math.abs(th.y - content.y)).toBeLessThanOrEqual(1);
  // What is drawn at the strip just above the header's bottom edge is the header, not a row.
  const hit = await page.evaluate(
    ([x, y]) => document.elementFromPoint(x as number, y as number)?.closest('thead, tbody')?.tagName ?? '',
    [th.x + 5, content.y + 3],
  );
  expect(hit).toBe('THEAD');
  await shot(page, 'ui-06-audit-scrolled');
});
