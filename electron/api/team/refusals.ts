import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { teamMembers } from '../../../db/schema';
import type { Ctx } from '../context';
import { refuse as refuseWith } from '../errors';
import { LABELS_ZH } from '../shared/labels';
import type { TeamRefusal } from './rules';

/** 指挥长 / 副指挥长 … in the back end's Chinese (audit summaries); the screens word roles themselves. */
export const ROLE_ZH: Record<string, string> = LABELS_ZH.role;

/** The one place a team refusal becomes an error the user reads. */
export function refuse(r: TeamRefusal): never {
  switch (r.code) {
    case 'sign_in_first':
      throw refuseWith('FORBIDDEN', { code: 'sign_in_first' });
    case 'command_role':
      throw refuseWith('FORBIDDEN', { code: 'command_role', params: { role: r.role } });
    case 'not_commander':
      throw refuseWith('FORBIDDEN', { code: 'not_commander' });
    case 'own_pin_only':
      throw refuseWith('FORBIDDEN', { code: 'own_pin_only' });
    case 'old_pin_needed':
      throw refuseWith('VALIDATION', { code: 'old_pin_needed' }, 'oldPin');
  }
}

/** The role of the operator on duty, or null when nobody is. */
export function callerRole(db: Db, ctx: Ctx) {
  if (!ctx.operator) return null;
  return (
    db.select({ role: teamMembers.role }).from(teamMembers).where(eq(teamMembers.id, ctx.operator.id)).get()
      ?.role ?? null
  );
}
