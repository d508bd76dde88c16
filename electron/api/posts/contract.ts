import { z } from 'zod';
import { TEAM_ROLES } from '../../../db/schema/enums';
import { msg } from '../shared/reason';
import { Version } from '../shared/versions';

const Id = z.number().int().positive();
const Role = z.enum(TEAM_ROLES);
export const Requirement = z.object({
  roles: z.array(Role).min(1).max(10),
  min: z.number().int().min(1).max(10),
});

export const Template = z.object({
  id: z.number().int().optional(),
  name: z.string().trim().min(1, msg('name_required')).max(20),
  start: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, msg('time_format')),
  hours: z.number().int().min(1).max(24),
  headcount: z.number().int().min(1).max(20),
  requirements: z.array(Requirement).max(10).default([]),
});

export const PostRow = z.object({
  id: z.number().int(),
  name: z.string(),
  templates: z.array(Template.extend({ id: z.number().int() })),
  /** Sent back by posts.save when editing: a save from an older version is refused. */
  version: z.number().int(),
  /** When it was retired (not scheduled from then on), or null while in service. */
  retiredAt: z.string().nullable(),
  /** Shifts made of it so far: a post with none (and no gate-log entry) may be deleted. */
  shifts: z.number().int(),
});

const Which = z.object({ id: Id, version: Version });

export const postsContract = {
  'posts.list': { kind: 'query', input: z.object({}), output: z.array(PostRow) },
  'posts.save': {
    kind: 'mutation',
    input: z.object({
      id: Id.optional(),
      name: z.string().trim().min(1, msg('name_required')).max(20),
      templates: z.array(Template).min(1).max(6),
      /** Required with id: the version the form was read at. */
      version: Version.optional(),
    }),
    output: PostRow,
  },
  /**
   * Retire a post (`retired: true`): from now on no shift of it is made or staffed, and people on its
   * shifts ahead are taken off (each a roster change); its history stays. `retired: false` puts it
   * back in service.
   */
  'posts.retire': {
    kind: 'mutation',
    input: Which.extend({ retired: z.boolean() }),
    output: z.object({ post: PostRow, removed: z.number().int() }),
  },
  /** Delete a post nothing refers to (no shift, no gate-log entry); one in use can only be retired. */
  'posts.delete': {
    kind: 'mutation',
    input: Which,
    output: z.object({ id: z.number().int() }),
  },
} as const;
