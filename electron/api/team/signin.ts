import { eq } from 'drizzle-orm';
import { teamMembers } from '../../../db/schema';
import type { Ctx } from '../context';
import { AuditedRefusal, refuse as refuseWith } from '../errors';
import type { HandlerMap } from '../handler';
import { hashPin, verifyPin } from './pin';
import { memberForSignIn, memberRow } from './read';
import { refuse } from './refusals';
import { afterPinAttempt, mayChangePin, pinGate } from './rules';
import { type SignInStore, signInStore } from './sessions';

type SignInMethods = 'team.signIn' | 'team.signOut' | 'team.setPin' | 'team.resetPin';

const lockText = (seconds: number) => (seconds >= 60 ? `${Math.ceil(seconds / 60)} 分钟` : `${seconds} 秒`);

/**
 * Check a PIN against a member's hash, counting wrong ones (five lock the person for a minute; see
 * rules.ts). A wrong or locked attempt is refused and leaves an audit line — never the PIN itself.
 */
function checkPin(
  store: SignInStore,
  member: { id: number; name: string; pinHash: string },
  pin: string | undefined,
  ctx: Ctx,
  what: 'sign_in' | 'pin_change',
): void {
  const now = ctx.now().getTime();
  const gate = pinGate(store.pinState(member.id), now);
  store.setPinState(member.id, gate.state);
  const audit = { entity: 'team_member', entityId: member.id };
  if (gate.answer.code === 'locked') {
    throw new AuditedRefusal(
      'RATE_LIMITED',
      `${member.name} 连续输错 PIN 已被锁定，请 ${lockText(gate.answer.waitSeconds)}后再试`,
      { ...audit, reason: { code: `audit_${what}_locked`, params: { name: member.name } } },
      { code: 'pin_locked', params: { name: member.name, wait: gate.answer.waitSeconds } },
    );
  }
  const correct = pin !== undefined && verifyPin(pin, member.pinHash);
  const after = afterPinAttempt(gate.state, now, correct);
  store.setPinState(member.id, after.state);
  if (after.answer.code === 'wrong_pin') {
    throw new AuditedRefusal(
      'FORBIDDEN',
      pin === undefined ? `请输入 ${member.name} 的 PIN` : `PIN 不正确，还可再试 ${after.answer.left} 次`,
      {
        ...audit,
        reason: {
          code: `audit_${what}_pin_wrong`,
          params: { name: member.name, failures: after.state.failures },
        },
      },
      pin === undefined
        ? { code: 'pin_required', params: { name: member.name } }
        : { code: 'pin_wrong', params: { left: after.answer.left } },
    );
  }
  if (after.answer.code === 'locked') {
    throw new AuditedRefusal(
      'RATE_LIMITED',
      `PIN 连续 ${after.state.failures} 次不正确，${member.name} 已被锁定 ${lockText(after.answer.waitSeconds)}`,
      {
        ...audit,
        reason: {
          code: `audit_${what}_lockout`,
          params: { name: member.name, failures: after.state.failures },
        },
      },
      {
        code: 'pin_locked_now',
        params: { failures: after.state.failures, name: member.name, wait: after.answer.waitSeconds },
      },
    );
  }
}

function operatorOf(db: Parameters<typeof memberForSignIn>[0], id: number) {
  const m = memberForSignIn(db, id);
  if (!m) throw refuseWith('NOT_FOUND', { code: 'member_not_found', params: { id } });
  return m;
}

export const signInHandlers: HandlerMap<SignInMethods> = {
  'team.signIn': (db, input, ctx) => {
    const m = operatorOf(db, input.memberId);
    if (!m.active || !m.canOperate)
      throw refuseWith('FORBIDDEN', { code: 'member_cannot_operate', params: { name: m.name } });
    const store = signInStore(db.$client);
    if (m.pinHash) checkPin(store, { ...m, pinHash: m.pinHash }, input.pin, ctx, 'sign_in');
    ctx.describe({
      entity: 'team_member',
      entityId: m.id,
      reason: {
        code: m.pinHash ? 'audit_sign_in_pin' : 'audit_sign_in',
        params: { name: m.name, role: m.role },
      },
    });
    return {
      member: { id: m.id, name: m.name, role: m.role },
      token: m.pinHash ? store.open(m.id, m.pinHash, ctx.now()) : null,
    };
  },
  'team.signOut': (db, input, ctx) => {
    const closed = signInStore(db.$client).close(input.token);
    if (!closed) ctx.readOnly();
    ctx.describe({
      entity: 'team_member',
      entityId: ctx.operator?.id ?? null,
      reason: { code: 'audit_sign_out' },
    });
    return { closed };
  },
  'team.setPin': (db, input, ctx) => {
    const m = operatorOf(db, input.memberId);
    const caller = ctx.operator ? { id: ctx.operator.id, role: operatorOf(db, ctx.operator.id).role } : null;
    const refusal = mayChangePin(caller, m.id, 'own', !!m.pinHash, input.oldPin !== undefined);
    if (refusal) refuse(refusal);
    const store = signInStore(db.$client);
    if (m.pinHash) checkPin(store, { ...m, pinHash: m.pinHash }, input.oldPin, ctx, 'pin_change');
    const pinHash = hashPin(input.newPin);
    db.update(teamMembers).set({ pinHash }).where(eq(teamMembers.id, m.id)).run();
    store.closeAllOf(m.id);
    ctx.describe({
      entity: 'team_member',
      entityId: m.id,
      reason: { code: m.pinHash ? 'audit_pin_change_own' : 'audit_pin_set_own', params: { name: m.name } },
    });
    return { member: { id: m.id, name: m.name, role: m.role }, token: store.open(m.id, pinHash, ctx.now()) };
  },
  'team.resetPin': (db, input, ctx) => {
    const m = operatorOf(db, input.memberId);
    const caller = ctx.operator ? { id: ctx.operator.id, role: operatorOf(db, ctx.operator.id).role } : null;
    const refusal = mayChangePin(caller, m.id, 'reset', !!m.pinHash, false);
    if (refusal) refuse(refusal);
    db.update(teamMembers)
      .set({ pinHash: input.newPin ? hashPin(input.newPin) : null })
      .where(eq(teamMembers.id, m.id))
      .run();
    const store = signInStore(db.$client);
    store.closeAllOf(m.id);
    store.setPinState(m.id, { failures: 0, lockedUntil: null });
    ctx.describe({
      entity: 'team_member',
      entityId: m.id,
      reason: {
        code: input.newPin ? 'audit_pin_reset_new' : 'audit_pin_reset_clear',
        params: { by: ctx.operator?.name ?? '', name: m.name },
      },
    });
    return memberRow(db, m.id);
  },
};
