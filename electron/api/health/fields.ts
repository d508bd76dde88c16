import { z } from 'zod';

/** The fields the health and medical contracts share (issue 14). Pure zod. */
export const Ref = z.number().int().positive();
export const Uuid = z.string().uuid();
export const Note = z.string().trim().max(200).default('');
/** ℃ as read: 34.0–43.0, one decimal. */
export const Celsius = z.number().min(34).max(43);

/** Who is followed: a resident of the registry, or a returnee (a hotel guest, a returnee at home). */
export const Subject = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('resident'), id: Ref }),
  z.object({ kind: z.literal('returnee'), id: Ref }),
]);
