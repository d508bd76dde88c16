import { describe, expect, it, vi } from 'vitest';
import { contract, type Method } from '../../electron/api/contract';
import { FIXED_NOW, freshDb } from './helpers';

/**
 * The router imports each area's contract and handlers on the area's first call (issue 11: the host
 * starts without parsing every area). These prove the lazy loading answers as the one map did: every
 * method of contract.ts is found, with the very same definition, and the overview's call loads only
 * the overview.
 */
const methods = Object.keys(contract) as Method[];
const areaOf = (m: string) => m.split('.')[0] ?? m;

describe('areas loaded on their first call', () => {
  it('finds every method of the contract with the same definition and a handler, and nothing else', async () => {
    const { findMethod, loadArea, isArea } = await import('../../electron/api/areas');
    for (const m of methods) {
      const found = await findMethod(m);
      expect(found?.method, m).toBe(m);
      // The same zod objects as contract.ts: the renderer's forms and the router parse alike.
      expect(found?.def, m).toBe(contract[m]);
      expect(['function', 'object']).toContain(typeof found?.handler);
    }
    const areas = [...new Set(methods.map(areaOf))];
    for (const a of areas) {
      if (!isArea(a)) throw new Error(`no loader for ${a}`);
      const loaded = await loadArea(a);
      const own = methods.filter((m) => areaOf(m) === a).sort();
      // Each area answers exactly its own methods: no method lost, none from another area.
      expect(Object.keys(loaded.contract).sort(), a).toEqual(own);
      expect(Object.keys(loaded.handlers).sort(), a).toEqual(own);
    }
    expect(await findMethod('households.explode')).toBeNull();
    expect(await findMethod('nowhere.get')).toBeNull();
    expect(await findMethod('__proto__.get')).toBeNull();
    expect(await findMethod('constructor')).toBeNull();
  });

  it('every method is reachable through dispatch: a bad body is refused by its own schema', async () => {
    const { dispatch } = await import('../../electron/api/router');
    const { db, host } = freshDb();
    for (const m of methods) {
      const r = await dispatch(db, m, 'not an object', host);
      expect(r.ok, m).toBe(false);
      if (r.ok) continue;
      expect(r.error.reason.code, m).not.toBe('unknown_method');
      expect(r.error.code, m).toBe('VALIDATION');
    }
    db.$client.close();
  });

  it('a fresh start that answers the overview loads the overview area and no other; one load per area', async () => {
    vi.resetModules();
    const { dispatch } = await import('../../electron/api/router');
    const { loadedAreas, loadArea } = await import('../../electron/api/areas');
    expect(loadedAreas()).toEqual([]);
    const { db, host } = freshDb();
    const answers = await Promise.all([1, 2, 3].map(() => dispatch(db, 'overview.get', {}, host)));
    for (const r of answers) expect(r).toMatchObject({ ok: true, value: { today: '2026-11-28' } });
    expect(loadedAreas()).toEqual(['overview']);
    expect(loadArea('overview')).toBe(loadArea('overview'));
    const r = await dispatch(db, 'compound.get', {}, host);
    expect(r.ok).toBe(true);
    expect(loadedAreas().sort()).toEqual(['compound', 'overview']);
    expect(host.now()).toEqual(FIXED_NOW);
    db.$client.close();
  });

  it('answers the overview without loading the words; a failure before they are loaded is worded all the same', async () => {
    vi.resetModules();
    const { dispatch } = await import('../../electron/api/router');
    const { zhWordsLoaded } = await import('../../electron/api/shared/zh-words');
    const { db, host } = freshDb();
    expect((await dispatch(db, 'overview.get', {}, host)).ok).toBe(true);
    expect(zhWordsLoaded()).toBe(false);
    // The first failure loads them and words its message and its fields' as before.
    const r = await dispatch(db, 'compound.update', { name: '' }, host);
    expect(r).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '输入有误，未保存' } });
    if (!r.ok) for (const i of r.error.issues ?? []) expect(i.message, i.path).not.toBe('');
    expect(zhWordsLoaded()).toBe(true);
    db.$client.close();
  });

  it('a refusal thrown before the words are loaded leaves worded, its field too', async () => {
    vi.resetModules();
    const { dispatch } = await import('../../electron/api/router');
    const { zhWordsLoaded } = await import('../../electron/api/shared/zh-words');
    const { db, host } = freshDb();
    expect(zhWordsLoaded()).toBe(false);
    // A query refused by its handler (no such household): made with an empty message, worded on the way out.
    const r = await dispatch(db, 'households.get', { id: 424242 }, host);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('NOT_FOUND');
    expect(r.error.message).not.toBe('');
    expect(r.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(zhWordsLoaded()).toBe(true);
    // Unknown methods too.
    const u = await dispatch(db, 'households.explode', {}, host);
    expect(u).toMatchObject({ ok: false, error: { message: '没有这个接口：households.explode' } });
    db.$client.close();
  });
});
