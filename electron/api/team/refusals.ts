import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/open';
import { teamMembers } from '../../../db/schema';
import type { Ctx } from '../context';
import { ApiError } from '../errors';
import type { TeamRefusal } from './rules';

/** 指挥长 / 副指挥长 … in the back end's messages (the screens word roles themselves). */
export const ROLE_ZH: Record<string, string> = {
  commander: '指挥长',
  deputy_commander: '副指挥长',
  assigned_cadre: '挂点干部',
  community_cadre: '社区干部',
  community_doctor: '社区医生',
  police_officer: '管段民警',
  property_manager: '物业管理员',
  volunteer: '志愿者',
  runner: '跑腿员',
};

/** The one place a team refusal becomes an error the user reads. */
export function refuse(r: TeamRefusal): never {
  switch (r.code) {
    case 'sign_in_first':
      throw new ApiError('FORBIDDEN', '本值守点已设置 PIN：请先由值班人员登录，再新增或修改班子成员');
    case 'command_role':
      throw new ApiError('FORBIDDEN', `只有指挥长或副指挥长可以设定或改动${ROLE_ZH[r.role] ?? r.role}的角色`);
    case 'not_commander':
      throw new ApiError('FORBIDDEN', '只有指挥长或副指挥长可以重置他人的 PIN');
    case 'own_pin_only':
      throw new ApiError('FORBIDDEN', '只能设置自己的 PIN；他人的 PIN 请由指挥长重置');
    case 'old_pin_needed': {
      const message = '请输入原 PIN';
      throw new ApiError('VALIDATION', message, [{ path: 'oldPin', message }]);
    }
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
