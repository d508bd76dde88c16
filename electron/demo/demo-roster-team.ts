/**
 * The demo post's team (班子成员), typed once: the commander, the five-in-one team and the
 * volunteers (runners are added per building by demo-team.ts). `operates`: may use the laptop.
 */
import type { TeamRole } from '../../db/schema/enums';

export type DemoMember = {
  name: string;
  role: TeamRole;
  organisation: string;
  phone: string;
  skills: string[];
  operates: boolean;
};

const PEOPLE: [string, TeamRole, string, boolean][] = [
  ['黄国栋', 'assigned_cadre', '城西镇政府', true],
  ['陈海东', 'assigned_cadre', '城西镇政府', false],
  ['林晓梅', 'community_cadre', '金南社区', true],
  ['吴丽娟', 'community_cadre', '金南社区', false],
  ['郑小燕', 'community_cadre', '金南社区', false],
  ['符海燕', 'community_doctor', '城西卫生院', true],
  ['邢志强', 'community_doctor', '城西卫生院', false],
  ['王立军', 'police_officer', '城西派出所', true],
  ['蔡文华', 'police_officer', '城西派出所', false],
  ['云海波', 'police_officer', '城西派出所', false],
  ['周建平', 'police_officer', '城西派出所', false],
  ['吴振华', 'property_manager', '金南物业', true],
  ['潘志明', 'property_manager', '金南物业', false],
  ['梁德福', 'property_manager', '金南物业', false],
  ['冯春花', 'property_manager', '金南物业', false],
  ['李静', 'volunteer', '志愿者', true],
  ['何俊杰', 'volunteer', '志愿者', false],
  ['罗思琪', 'volunteer', '志愿者', false],
  ['宋浩然', 'volunteer', '志愿者', false],
  ['唐美玲', 'volunteer', '志愿者', false],
  ['谢子轩', 'volunteer', '志愿者', false],
  ['韩慧敏', 'volunteer', '志愿者', false],
  ['曾家豪', 'volunteer', '志愿者', false],
  ['彭欣怡', 'volunteer', '志愿者', false],
  // Last, so the ids of the people above stay what they were before the team was one list.
  ['张卫国', 'commander', '城西镇政府', true],
];

export const DEMO_TEAM: DemoMember[] = PEOPLE.map(([name, role, organisation, operates], i) => ({
  name,
  role,
  organisation,
  operates,
  phone: `1390898${String(i + 1).padStart(4, '0')}`,
  skills: role === 'community_doctor' ? ['医疗'] : role === 'commander' ? ['指挥调度'] : ['门岗值守'],
}));
