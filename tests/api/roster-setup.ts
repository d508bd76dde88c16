import type { TeamRole } from '../../db/schema/enums';
import { api, freshDb } from './helpers';

const GUARD = [{ roles: ['police_officer', 'property_manager'] as TeamRole[], min: 1 }];
/** 18 people of every role, the north and south gates at 3 × 8 h with two a shift (one a guard). */
export async function post() {
  const { db, host } = freshDb();
  const setup = api(db, host);
  const op = await setup('team.save', { name: '黄国栋', role: 'assigned_cadre', canOperate: true });
  if (!op.ok) throw new Error(op.error.message);
  const call = api(db, host, op.value.id);
  const roles: TeamRole[] = [
    'police_officer',
    'property_manager',
    'community_cadre',
    'volunteer',
    'community_doctor',
    'assigned_cadre',
  ];
  for (let i = 0; i < 18; i++) {
    const r = await call('team.save', {
      name: `值守${i + 1}`,
      phone: `1380000${String(i).padStart(4, '0')}`,
      role: roles[i % roles.length] as TeamRole,
    });
    if (!r.ok) throw new Error(r.error.message);
  }
  for (const name of ['北门', '南门']) {
    const p = await call('posts.save', {
      name,
      templates: [
        { name: '夜班', start: '00:00', hours: 8, headcount: 2, requirements: GUARD },
        { name: '早班', start: '08:00', hours: 8, headcount: 2, requirements: GUARD },
        { name: '晚班', start: '16:00', hours: 8, headcount: 2, requirements: GUARD },
      ],
    });
    if (!p.ok) throw new Error(p.error.message);
  }
  return { db, host, call };
}
