import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import type { Db } from '../../db/open';
import { compound } from '../../db/schema';
import { loadArea } from '../../electron/api/areas';
import { dispatch } from '../../electron/api/router';
import { api, count, FIXED_NOW, freshDb, PROFILE, withOperator } from './helpers';

afterEach(() => vi.restoreAllMocks());

describe('router.dispatch', () => {
  it('answers NOT_FOUND for an unknown method and writes nothing', async () => {
    const { db, host } = freshDb();
    const r = await dispatch(db, 'households.explode', {}, host);
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'NOT_FOUND',
        message: '没有这个接口：households.explode',
        reason: { code: 'unknown_method', params: { method: 'households.explode' } },
      },
    });
    expect(count(db, 'audit_log')).toBe(0);
  });

  it('refuses bad input with VALIDATION, a reason code and a Chinese message per field, and writes nothing', async () => {
    const { db, host, call } = await withOperator();
    const before = count(db, 'audit_log');
    const r = await call('compound.update', { ...PROFILE, name: '  ', plannedDays: 0 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('VALIDATION');
    expect(r.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'name', message: '请填写名称', reason: { code: 'name_required' } },
        { path: 'plannedDays', message: '不能小于 1', reason: { code: 'too_small', params: { min: 1 } } },
      ]),
    );
    expect(count(db, 'audit_log')).toBe(before);
    const row = db.select().from(compound).get();
    expect(row?.name).toBe('');
    expect(r.error.reason).toEqual({ code: 'input_invalid' });
    // A body that is not even an object: a code too, never zod's own wording.
    const r2 = await dispatch(db, 'compound.update', 'hello', host, {});
    expect(r2.ok).toBe(false);
    if (r2.ok) return;
    expect(r2.error.issues?.[0]).toMatchObject({ path: '', reason: { code: 'wrong_type' } });
  });

  it('refuses a mutation with no operator on duty (FORBIDDEN), but lets the first operator be added', async () => {
    const { db, host } = freshDb();
    const anon = api(db, host, null);
    const r = await anon('compound.update', PROFILE);
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const added = await anon('team.save', { name: '黄国栋', role: 'assigned_cadre', canOperate: true });
    expect(added).toMatchObject({
      ok: true,
      value: { name: '黄国栋', role: 'assigned_cadre', active: true },
    });
    const audit = db.$client.prepare('SELECT * FROM audit_log').all();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      method: 'team.save',
      // No one on duty: an empty name snapshot, worded by the screen (shared/who.ts), never a Chinese marker.
      operator_name: '',
      entity: 'team_member',
    });
  });

  it('writes exactly one audit row for a good mutation, in the same transaction', async () => {
    const { db, call, operatorId } = await withOperator();
    const r = await call('compound.update', PROFILE);
    expect(r.ok).toBe(true);
    const rows = db.$client
      .prepare("SELECT * FROM audit_log WHERE method = 'compound.update'")
      .all() as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      operator_id: operatorId,
      operator_name: '林晓梅',
      area: 'compound',
      entity: 'compound',
      entity_id: 1,
      at: FIXED_NOW.toISOString(),
    });
    expect(String(rows[0]?.summary)).toContain('小区名称 （空） → 金南苑');
    // Queries leave no trace.
    await call('compound.get', {});
    expect(count(db, 'audit_log')).toBe(2);
  });

  it('rolls back a handler that throws mid-way: no change, no audit row, no stack', async () => {
    const { db, call } = await withOperator();
    const before = count(db, 'audit_log');
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const table = (await loadArea('compound')).handlers as Record<string, unknown>;
    const original = table['compound.update'];
    table['compound.update'] = (d: Db) => {
      d.update(compound).set({ name: '写了一半' }).run();
      throw new Error('disk on fire\n    at secret (/src/x.ts:1:1)');
    };
    onTestFinished(() => {
      table['compound.update'] = original;
    });
    const r = await call('compound.update', PROFILE);
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'INTERNAL',
        message: '内部错误，操作未完成：disk on fire',
        reason: { code: 'internal', params: { detail: 'disk on fire' } },
      },
    });
    expect(JSON.stringify(r)).not.toContain('secret');
    expect(db.select().from(compound).get()?.name).toBe('');
    expect(count(db, 'audit_log')).toBe(before);
    expect(spy).toHaveBeenCalled();
  });

  it('a query cannot write: what it writes is rolled back and the call fails, and the connection writes after', async () => {
    const { db, call } = await withOperator();
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const table = (await loadArea('compound')).handlers as Record<string, unknown>;
    const original = table['compound.get'];
    // A query that tries to write behind its read-only type's back.
    table['compound.get'] = (d: Db) => {
      d.$client.prepare("UPDATE compound SET name = '偷偷改了'").run();
      return original;
    };
    onTestFinished(() => {
      table['compound.get'] = original;
    });
    const r = await call('compound.get', {});
    expect(r.ok).toBe(false);
    expect(db.select().from(compound).get()?.name).toBe('');
    // Nor a change of the schema, which changes no rows.
    table['compound.get'] = (d: Db) => {
      d.$client.prepare('CREATE TABLE sneaky (a)').run();
      return original;
    };
    expect((await call('compound.get', {})).ok).toBe(false);
    expect(db.$client.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'sneaky'").pluck().get()).toBe(
      0,
    );
    expect(db.$client.inTransaction).toBe(false);
    table['compound.get'] = original;
    // The connection is writable again for the next mutation.
    const saved = await call('compound.update', PROFILE);
    expect(saved.ok).toBe(true);
    expect(db.select().from(compound).get()?.name).toBe(PROFILE.name);
  });

  it('reports a duplicate as CONFLICT with a Chinese message', async () => {
    const { call } = await withOperator();
    const r = await call('team.save', { name: '林晓梅', role: 'community_cadre', canOperate: true });
    expect(r).toEqual({
      ok: false,
      error: {
        code: 'CONFLICT',
        message: '已有社区干部“林晓梅”，同名同角色的人只登记一次',
        reason: { code: 'member_exists', params: { role: 'community_cadre', name: '林晓梅' } },
        issues: [
          {
            path: 'name',
            message: '已有社区干部“林晓梅”，同名同角色的人只登记一次',
            reason: { code: 'member_exists', params: { role: 'community_cadre', name: '林晓梅' } },
          },
        ],
      },
    });
  });

  it('ignores an operator id that does not exist', async () => {
    const { db, host } = await withOperator();
    const r = await api(db, host, 999)('compound.update', PROFILE);
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
