import { z } from 'zod';
import { TEAM_ROLES } from '../../../db/schema/enums';
import { Version } from '../shared/versions';

const Id = z.number().int().positive();
const Role = z.enum(TEAM_ROLES);
export const Requirement = z.object({
  roles: z.array(Role).min(1).max(10),
  min: z.number().int().min(1).max(10),
});

export const Template = z.object({
  id: z.number().int().optional(),
  name: z.string().trim().min(1, '请填写班次名称').max(20),
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '开始时间应为 HH:MM'),
  hours: z.number({ error: '请填写小时数' }).int().min(1, '至少 1 小时').max(24, '最多 24 小时'),
  headcount: z.number({ error: '请填写人数' }).int().min(1, '至少 1 人').max(20, '最多 20 人'),
  requirements: z.array(Requirement).max(10, '每个班次最多 10 条人员要求').default([]),
});

export const PostRow = z.object({
  id: z.number().int(),
  name: z.string(),
  templates: z.array(Template.extend({ id: z.number().int() })),
  /** Sent back by posts.save when editing: a save from an older version is refused. */
  version: z.number().int(),
});

export const postsContract = {
  'posts.list': { kind: 'query', input: z.object({}), output: z.array(PostRow) },
  'posts.save': {
    kind: 'mutation',
    input: z.object({
      id: Id.optional(),
      name: z.string().trim().min(1, '请填写岗位名称').max(20),
      templates: z.array(Template).min(1, '至少一个班次').max(6),
      /** Required with id: the version the form was read at. */
      version: Version.optional(),
    }),
    output: PostRow,
  },
} as const;
