import { z } from 'zod';
import { PostDay } from '../shared/bounds';
import { SavedFile, UiLang } from '../shared/fields';
import { REPORT_LINES, REPORT_SECTIONS } from '../shared/report-lines';

/**
 * The daily report to the town (日报, issue 15). Pure zod, importable by the renderer. A figure is
 * null where it does not apply (a stock count has no "today"), never a made-up zero; a section whose
 * area keeps no data is `built: false` and has no lines.
 */
export const Line = z.object({
  key: z.enum(REPORT_LINES),
  /** A name from the data (a hotel, a stock item, a triage action's key), '' for none. */
  label: z.string(),
  today: z.number().nullable(),
  current: z.number().nullable(),
  cumulative: z.number().nullable(),
});
export type Line = z.infer<typeof Line>;

export const Section = z.object({
  key: z.enum(REPORT_SECTIONS),
  built: z.boolean(),
  lines: z.array(Line),
});
export type Section = z.infer<typeof Section>;

/** A line a correction changed: the figures before and after ('' / null when the line is new or gone). */
export const Change = z.object({
  section: z.string(),
  key: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});
export type Change = z.infer<typeof Change>;

const Signed = z.object({
  id: z.string(),
  day: z.string(),
  version: z.number().int(),
  sections: z.array(Section),
  nilReport: z.boolean(),
  incidents: z.string(),
  notes: z.string(),
  changes: z.array(Change),
  reason: z.string(),
  signedAt: z.string(),
  signedBy: z.string(),
});
export type SignedReport = z.infer<typeof Signed>;

const Text = z.string().trim().max(2000).default('');

export const SignInput = z.object({
  day: PostDay,
  nilReport: z.boolean().default(false),
  incidents: Text,
  notes: Text,
  /** Why a correction is made; required for every version after the first. */
  reason: z.string().trim().max(500).default(''),
  /** The latest version the person saw (0: none signed yet): signing over a newer one is refused. */
  basedOn: z.number().int().min(0),
});

export const reportsContract = {
  /** The draft for a day, made from the data now; and the day's latest signed version, if any. */
  'reports.daily': {
    kind: 'query',
    input: z.object({ day: PostDay.optional() }).default({}),
    output: z.object({
      day: z.string(),
      today: z.string(),
      closureStart: z.string().nullable(),
      sections: z.array(Section),
      /** The latest signed version of the day (0: none). */
      latestVersion: z.number().int(),
      /** Lines of the draft that differ from the latest signed version. */
      changes: z.array(Change),
    }),
  },
  /** Sign the day's report: its figures are stored as they are now; a second signing is a correction. */
  'reports.sign': {
    kind: 'mutation',
    input: SignInput,
    output: z.object({ id: z.string(), version: z.number().int(), changes: z.array(Change) }),
  },
  /** The history: one row per day from the closure's start (or the last 14 days) to today; gaps have none. */
  'reports.list': {
    kind: 'query',
    input: z.object({ from: PostDay.optional(), to: PostDay.optional() }).default({}),
    output: z.object({
      from: z.string(),
      to: z.string(),
      days: z.array(
        z.object({
          day: z.string(),
          versions: z.number().int(),
          latest: z
            .object({
              version: z.number().int(),
              nilReport: z.boolean(),
              signedAt: z.string(),
              signedBy: z.string(),
            })
            .nullable(),
        }),
      ),
    }),
  },
  /** A signed report as it was signed (the latest version, or the one asked for), and its versions. */
  'reports.get': {
    kind: 'query',
    input: z.object({ day: PostDay, version: z.number().int().min(1).optional() }),
    output: Signed.extend({
      versions: z.array(z.object({ version: z.number().int(), signedAt: z.string(), signedBy: z.string() })),
    }),
  },
  /** A signed version as an A4 workbook in the town's layout (the draft when the day has none signed). */
  'reports.exportXlsx': {
    kind: 'query',
    input: z.object({ day: PostDay, version: z.number().int().min(1).optional(), lang: UiLang }),
    output: SavedFile,
  },
} as const;
