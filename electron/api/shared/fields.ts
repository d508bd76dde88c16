import { z } from 'zod';
import { toHalfWidth } from './id-number';

/** A phone as people write it: full-width digits, spaces, an area-code dash (0898-66123456). */
export const Phone = z
  .string()
  .transform((s) => toHalfWidth(s).replace(/\s+/g, ''))
  .pipe(z.string().regex(/^(\+?\d[\d-]{5,18}\d)?$/, '电话应为 7–15 位数字，区号后可加横线'));

/** An instant as ISO-8601 text. */
export const Instant = z.string().refine((s) => !Number.isNaN(Date.parse(s)), { message: '时间格式不正确' });
