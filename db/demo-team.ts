/**
 * The demo's five-in-one team on the gates (issue 5): 24 people across the roles, a runner for
 * every building, the north and south gates and the command-post desk, and a two-week roster
 * generated from this week's Monday, so the current week is half past.
 */

import { weekOf } from '../electron/api/roster/rules';
import { dayOf, dayStartUtc } from '../electron/api/shared/dates';
import { stepper } from './demo-story';
import type { Db } from './open';
import type { TeamRole } from './schema/enums';

const TEAM: [string, TeamRole, string][] = [
  ['黄国栋', 'assigned_cadre', '城西镇政府'],
  ['陈海东', 'assigned_cadre', '城西镇政府'],
  ['林晓梅', 'community_cadre', '金南社区'],
  ['吴丽娟', 'community_cadre', '金南社区'],
  ['郑小燕', 'community_cadre', '金南社区'],
  ['符海燕', 'community_doctor', '城西卫生院'],
  ['邢志强', 'community_doctor', '城西卫生院'],
  ['王立军', 'police_officer', '城西派出所'],
  ['蔡文华', 'police_officer', '城西派出所'],
  ['云海波', 'police_officer', '城西派出所'],
  ['周建平', 'police_officer', '城西派出所'],
  ['吴振华', 'property_manager', '金南物业'],
  ['潘志明', 'property_manager', '金南物业'],
  ['梁德福', 'property_manager', '金南物业'],
  ['冯春花', 'property_manager', '金南物业'],
  ['李静', 'volunteer', '志愿者'],
  ['何俊杰', 'volunteer', '志愿者'],
  ['罗思琪', 'volunteer', '志愿者'],
  ['宋浩然', 'volunteer', '志愿者'],
  ['唐美玲', 'volunteer', '志愿者'],
  ['谢子轩', 'volunteer', '志愿者'],
  ['韩慧敏', 'volunteer', '志愿者'],
  ['曾家豪', 'volunteer', '志愿者'],
  ['彭欣怡', 'volunteer', '志愿者'],
];
const GUARD = [{ roles: ['police_officer', 'property_manager'] as TeamRole[], min: 1 }];

export async function writeDemoTeam(db: Db, now: Date): Promise<{ staff: number; assigned: number }> {
  const monday = weekOf(dayOf(now));
  // Set up and generate as on Monday before the first shift, so the week's first half is rostered too.
  const at = new Date(Date.parse(dayStartUtc(monday)) - 3_600_000).toISOString();
  const step = stepper(db);
  const op = 1;
  for (const [i, [name, role, organisation]] of TEAM.entries()) {
    await step(
      'staff.save',
      {
        name,
        role,
        organisation,
        phone: `1390898${String(i + 1).padStart(4, '0')}`,
        skills: role === 'community_doctor' ? ['医疗'] : ['门岗值守'],
      },
      at,
      op,
    );
  }
  const buildings = db.$client.prepare('SELECT id, name FROM buildings ORDER BY sort_order, id').all() as {
    id: number;
    name: string;
  }[];
  for (const [i, b] of buildings.entries()) {
    await step(
      'staff.save',
      {
        name: `跑腿员${b.name}`,
        role: 'runner',
        organisation: '跑腿小分队',
        phone: `1370898${String(i + 1).padStart(4, '0')}`,
        buildingIds: [b.id],
      },
      at,
      op,
    );
  }
  const threeByEight = [
    { name: '夜班', start: '00:00', hours: 8, headcount: 2, requirements: GUARD },
    { name: '早班', start: '08:00', hours: 8, headcount: 2, requirements: GUARD },
    { name: '晚班', start: '16:00', hours: 8, headcount: 2, requirements: GUARD },
  ];
  await step('posts.save', { name: '北门', templates: threeByEight }, at, op);
  await step('posts.save', { name: '南门', templates: threeByEight }, at, op);
  await step(
    'posts.save',
    {
      name: '指挥部值班',
      templates: [
        {
          name: '白班',
          start: '08:00',
          hours: 12,
          headcount: 1,
          requirements: [{ roles: ['assigned_cadre', 'community_cadre'], min: 1 }],
        },
        {
          name: '夜班',
          start: '20:00',
          hours: 12,
          headcount: 1,
          requirements: [{ roles: ['assigned_cadre', 'community_cadre'], min: 1 }],
        },
      ],
    },
    at,
    op,
  );
  const g = await step('roster.generate', { from: monday, days: 14 }, at, op);
  return { staff: TEAM.length + buildings.length, assigned: g.assigned };
}
