/** Rows the hotels' board and the overview both show (pure zod, re-exported by hotels/contract.ts). */
import { z } from 'zod';

/** A returnee decided "hotel" at the gate who has no room yet (待安置). */
export const AwaitingRow = z.object({
  returneeId: z.number().int(),
  name: z.string(),
  groupId: z.number().int(),
  fromPlace: z.string(),
  decidedAt: z.string(),
  address: z.string().nullable(),
  elderly: z.boolean(),
  wantsVentilation: z.boolean(),
});

/** A guest's call that found a fever, not yet handled: stays on the board and the overview. */
export const FeverAlert = z.object({
  contactId: z.number().int(),
  returneeId: z.number().int(),
  name: z.string(),
  temperature: z.number(),
  at: z.string(),
  hotel: z.string().nullable(),
  room: z.string().nullable(),
});
export type FeverAlert = z.infer<typeof FeverAlert>;
