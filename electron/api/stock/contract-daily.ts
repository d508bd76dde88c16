import { z } from 'zod';
import { PostDay } from '../shared/bounds';

/** The stock dashboard's history (issue 12). Pure zod, importable by the renderer. */
export const stockDailyContract = {
  /**
   * Units issued per item per post day (issues not reversed), from the closure's start (or the last
   * 14 days when none is set) to today; at most 120 days. Days with no issue are there with zeros.
   */
  'stock.daily': {
    kind: 'query',
    input: z.object({ from: PostDay.optional(), to: PostDay.optional() }).default({}),
    output: z.object({
      from: z.string(),
      to: z.string(),
      items: z.array(
        z.object({ itemId: z.string(), item: z.string(), unit: z.string(), total: z.number().int() }),
      ),
      /** One row per day; `issued[itemId]` is that day's units of the item (absent: none). */
      days: z.array(z.object({ day: z.string(), issued: z.record(z.string(), z.number().int()) })),
    }),
  },
} as const;
