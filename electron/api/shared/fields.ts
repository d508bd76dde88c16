import { z } from 'zod';
import { BoundedInstant } from './bounds';
import { toHalfWidth } from './id-number';
import { LANGS } from './labels';
import { msg } from './reason';

/** A phone as people write it: full-width digits, spaces, an area-code dash (0898-66123456). */
export const Phone = z
  .string()
  .transform((s) => toHalfWidth(s).replace(/\s+/g, ''))
  .pipe(z.string().regex(/^(\+?\d[\d-]{5,18}\d)?$/, msg('bad_phone')));

/** An instant as ISO-8601 text with a zone, 2000–2099, normalised to UTC (see bounds.ts). */
export const Instant = BoundedInstant;

/** The UI language a document is written in (a template, a workbook); Chinese when not said. */
export const UiLang = z.enum(LANGS).default('zh-CN');

/**
 * A file written to disk for the user to save (the registry export, the gate log): `file` is an
 * opaque token (`shared/outbox.ts`) the web host serves once at `GET /download/<file>` and Electron's
 * main process copies where the save dialog says (the renderer's `saveExport`). Never the bytes.
 */
export const SavedFile = z.object({
  fileName: z.string(),
  file: z.string().regex(/^[0-9a-f]{32}$/),
  bytes: z.number().int().nonnegative(),
});
