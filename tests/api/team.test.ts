import { describe, expect, it } from 'vitest';
import type { In, Method, Out, Result } from '../../electron/api/contract';
import { dispatch } from '../../electron/api/router';
import { FIXED_NOW, freshDb, PROFILE } from './helpers';

/** A post with a commander, a cadre and a volunteer who may operate, and a clock the test moves. */
async function post() {
  const { db, path } = freshDb();
  let now = FIXED_NOW;
  const host = { now: () => now, paths: { db: path } };
  const as =
    (operatorId: number | null, session: string | null = null) =>
    <M extends Method>(method: M, input: In<M>) =>
      dispatch(db, method, input, host, { operatorId, session }) as Promise<Result<Out<M>>>;
  const add = async (name: string, role: In<'team.save'>['role'], by: number | null) => {
    const r = await as(by)('team.save', { name, role, canOperate: true });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.id;
  };
  const commander = await add('张卫国', 'commander', null);
  const cadre = await add('林晓梅', 'community_cadre', commander);
  const volunteer = await add('李静', 'volunteer', commander);
  const setPin = async (id: number, pin: string) => {
    const r = await as(id)('team.setPin', { memberId: id, newPin: pin });
    if (!r.ok) throw new Error(r.error.message);
    return r.value.token ?? '';
  };
  return {
    db,
    as,
    commander,
    cadre,
    volunteer,
    setPin,
    advance: (ms: number) => {
      now = new Date(now.getTime() + ms);
    },
  };
}

describe('team sign-in with PINs', () => {
  it('sets a PIN as a salted scrypt hash, never in clear anywhere in the database', async () => {
    const { db, as, cadre, setPin } = await post();
    const token = await setPin(cadre, '739164');
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const me = await as(cadre, token)('team.list', {});
    expect(me.ok && me.value.find((m) => m.id === cadre)).toMatchObject({ hasPin: true });
    expect(JSON.stringify(me)).not.toContain('scrypt');
    const stored = db.$client.prepare('SELECT pin_hash AS h FROM team_members WHERE id = ?').get(cadre) as {
      h: string;
    };
    expect(stored.h).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    await as(null)('team.signIn', { memberId: cadre, pin: '111111' });
    await as(null)('team.signIn', { memberId: cadre, pin: '739164' });
    // The PIN is in no table, no column, not in the audit log's summaries.
    const tables = db.$client
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
      .all() as { name: string }[];
    for (const { name } of tables) {
      const rows = db.$client.prepare(`SELECT * FROM "${name}"`).all();
      expect(JSON.stringify(rows), name).not.toContain('739164');
      expect(JSON.stringify(rows), name).not.toContain('111111');
    }
    const audit = db.$client.prepare("SELECT summary FROM audit_log WHERE method LIKE 'team.%'").all();
    expect(audit).toEqual(
      expect.arrayContaining([
        { summary: '林晓梅 设置了自己的 PIN' },
        { summary: '已拒绝（FORBIDDEN）：登录 林晓梅：PIN 不正确（连续第 1 次）' },
        { summary: '登录：林晓梅（社区干部），PIN 核对无误' },
      ]),
    );
  });

  it('a request naming a PIN-holder without their session is refused; with it, it passes; signing out ends it', async () => {
    const { as, cadre, volunteer, setPin } = await post();
    const token = await setPin(cadre, '2468');
    const bare = await as(cadre)('compound.update', PROFILE);
    expect(bare).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(!bare.ok && bare.error.message).toContain('PIN');
    // Someone else's session does not make them the PIN-holder either.
    const other = await as(volunteer)('team.signIn', { memberId: volunteer });
    expect(other).toMatchObject({ ok: true, value: { token: null } });
    const forged = await as(cadre, 'A'.repeat(43))('compound.update', PROFILE);
    expect(forged).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await as(cadre, token)('compound.update', PROFILE)).ok).toBe(true);
    const session = await as(cadre, token)('session.get', {});
    expect(session.ok && session.value.operator).toMatchObject({ id: cadre, name: '林晓梅' });
    const unsigned = await as(cadre)('session.get', {});
    expect(unsigned.ok && unsigned.value.operator).toBeNull();
    // A person without a PIN may still be named by id alone.
    expect((await as(volunteer)('compound.update', PROFILE)).ok).toBe(true);
    expect(await as(cadre, token)('team.signOut', { token })).toMatchObject({
      ok: true,
      value: { closed: true },
    });
    expect(await as(cadre, token)('compound.update', PROFILE)).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
  });

  it('a wrong PIN is refused with the tries left; five lock that person for a minute, then the right one works', async () => {
    const { db, as, cadre, setPin, advance } = await post();
    await setPin(cadre, '2468');
    const signIn = (pin?: string) => as(null)('team.signIn', { memberId: cadre, ...(pin ? { pin } : {}) });
    expect(await signIn()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    for (let left = 3; left >= 1; left--)
      expect(await signIn('1357')).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN', message: `PIN 不正确，还可再试 ${left} 次` },
      });
    expect(await signIn('1357')).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    // Locked: even the right PIN is not looked at.
    advance(30_000);
    const locked = await signIn('2468');
    expect(locked).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED' } });
    expect(!locked.ok && locked.error.message).toContain('30 秒');
    advance(30_000);
    const ok = await signIn('2468');
    expect(ok).toMatchObject({ ok: true, value: { member: { id: cadre, name: '林晓梅' } } });
    // Every refusal left a line in the audit log.
    const refused = db.$client
      .prepare("SELECT count(*) AS n FROM audit_log WHERE method = 'team.signIn' AND summary LIKE '已拒绝%'")
      .get();
    expect(refused).toEqual({ n: 6 });
    // The count starts again after a right PIN.
    expect(await signIn('1357')).toMatchObject({ error: { message: 'PIN 不正确，还可再试 4 次' } });
  });

  it('a session dies after 12 hours without a request', async () => {
    const { as, cadre, setPin, advance } = await post();
    const token = await setPin(cadre, '2468');
    advance(11 * 3_600_000);
    expect((await as(cadre, token)('compound.update', PROFILE)).ok).toBe(true);
    advance(11 * 3_600_000);
    expect((await as(cadre, token)('compound.update', PROFILE)).ok).toBe(true);
    advance(12 * 3_600_000 + 1000);
    expect(await as(cadre, token)('compound.update', PROFILE)).toMatchObject({ ok: false });
  });

  it('changing one’s own PIN needs the old one; nobody sets another’s', async () => {
    const { as, cadre, volunteer, setPin } = await post();
    const token = await setPin(cadre, '2468');
    const me = as(cadre, token);
    expect(await me('team.setPin', { memberId: cadre, newPin: '1111' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'oldPin' }] },
    });
    expect(await me('team.setPin', { memberId: cadre, oldPin: '0000', newPin: '1111' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    const changed = await me('team.setPin', { memberId: cadre, oldPin: '2468', newPin: '1111' });
    expect(changed.ok).toBe(true);
    // The old session ended with the old PIN; the answer carries the new one.
    expect((await me('compound.update', PROFILE)).ok).toBe(false);
    expect((await as(cadre, changed.ok ? changed.value.token : null)('compound.update', PROFILE)).ok).toBe(
      true,
    );
    expect(await as(volunteer)('team.setPin', { memberId: cadre, newPin: '9999' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await as(null)('team.setPin', { memberId: cadre, newPin: '9999' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(await as(null)('team.signIn', { memberId: cadre, pin: '12a4' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('the commander resets anyone’s PIN (a locked person too); anyone else is refused', async () => {
    const { as, commander, cadre, volunteer, setPin } = await post();
    await setPin(cadre, '2468');
    for (let i = 0; i < 5; i++) await as(null)('team.signIn', { memberId: cadre, pin: '0000' });
    expect(await as(volunteer)('team.resetPin', { memberId: cadre, newPin: '5555' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: '只有指挥长或副指挥长可以重置他人的 PIN' },
    });
    const reset = await as(commander)('team.resetPin', { memberId: cadre, newPin: '5555' });
    expect(reset).toMatchObject({ ok: true, value: { id: cadre, hasPin: true } });
    expect(await as(null)('team.signIn', { memberId: cadre, pin: '5555' })).toMatchObject({ ok: true });
    const cleared = await as(commander)('team.resetPin', { memberId: cadre });
    expect(cleared).toMatchObject({ ok: true, value: { hasPin: false } });
    expect((await as(cadre)('compound.update', PROFILE)).ok).toBe(true);
  });

  it('with PINs in use nobody adds themselves from the start screen, and only commanders give command roles', async () => {
    const { as, commander, cadre, volunteer, setPin } = await post();
    expect(await as(volunteer)('team.save', { name: '王五', role: 'deputy_commander' })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await as(commander)('team.save', { name: '王五', role: 'deputy_commander' })).ok).toBe(true);
    await setPin(cadre, '2468');
    expect(
      await as(null)('team.save', { name: '陌生人', role: 'commander', canOperate: true }),
    ).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect((await as(volunteer)('team.save', { name: '何俊杰', role: 'volunteer' })).ok).toBe(true);
    expect(await as(volunteer)('team.save', { name: '何俊杰', role: 'volunteer' })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
  });
});
