import { z } from 'zod';
import { BoundedDay } from '../shared/bounds';
import { Version } from '../shared/versions';

/** A day, YYYY-MM-DD, that exists and lies in 1900–2100 (bounds.ts); PostDay for the post's work. */
export const Day = BoundedDay;

export const CompoundProfile = z
  .object({
    name: z.string().trim().min(1, '请填写小区名称').max(60, '名称最多 60 字'),
    city: z.string().trim().max(40),
    district: z.string().trim().max(40),
    town: z.string().trim().max(40),
    address: z.string().trim().max(120),
    closureStart: Day.nullable(),
    plannedDays: z
      .number({ error: '请填写数字' })
      .int('天数应为整数')
      .min(1, '计划天数至少 1 天')
      .max(365, '计划天数最多 365 天'),
    status: z.enum(['closed', 'lifted']),
    liftedOn: Day.nullable(),
    feverThreshold: z
      .number({ error: '请填写数字' })
      .min(36, '发热标准应在 36–39 ℃ 之间')
      .max(39, '发热标准应在 36–39 ℃ 之间'),
    quarantineDays: z
      .number({ error: '请填写数字' })
      .int('天数应为整数')
      .min(1, '隔离天数至少 1 天')
      .max(60, '隔离天数最多 60 天'),
    testValidHours: z
      .number({ error: '请填写数字' })
      .int('小时数应为整数')
      .min(1, '至少 1 小时')
      .max(240, '最多 240 小时'),
    minRestHours: z
      .number({ error: '请填写数字' })
      .int()
      .min(0, '不能为负')
      .max(24, '最多 24 小时')
      .optional(),
    maxConsecutiveDays: z
      .number({ error: '请填写数字' })
      .int()
      .min(1, '至少 1 天')
      .max(28, '最多 28 天')
      .optional(),
    /**
     * The version the settings form was read at (compound.get): a stale save is refused. Optional
     * because the first-run setup and scripts write the profile without reading it first.
     */
    version: Version.optional(),
  })
  .superRefine((p, ctx) => {
    if (p.status === 'lifted' && !p.liftedOn) {
      ctx.addIssue({ code: 'custom', path: ['liftedOn'], message: '已解封时请填写解封日期' });
    }
    if (p.liftedOn && p.closureStart && p.liftedOn < p.closureStart) {
      ctx.addIssue({ code: 'custom', path: ['liftedOn'], message: '解封日期不能早于封闭开始日期' });
    }
  });
export type CompoundProfile = z.infer<typeof CompoundProfile>;

export const Compound = z.object({
  name: z.string(),
  city: z.string(),
  district: z.string(),
  town: z.string(),
  address: z.string(),
  closureStart: z.string().nullable(),
  plannedDays: z.number(),
  status: z.enum(['closed', 'lifted']),
  liftedOn: z.string().nullable(),
  feverThreshold: z.number(),
  quarantineDays: z.number(),
  testValidHours: z.number(),
  minRestHours: z.number(),
  maxConsecutiveDays: z.number(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Compound = z.infer<typeof Compound>;

export const compoundContract = {
  'compound.get': { kind: 'query', input: z.object({}), output: Compound },
  'compound.update': { kind: 'mutation', input: CompoundProfile, output: Compound },
} as const;
