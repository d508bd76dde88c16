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
});
