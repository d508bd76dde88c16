/**
 * The renderer's side of "rules speak codes": words a reason, an error or a zod message code in the
 * current UI language (the texts live in electron/api/shared, shared with the server).
 */
import i18next from 'i18next';
import type { Lang } from '../../../electron/api/shared/labels';
import { parseMsg, type Reason } from '../../../electron/api/shared/reason';
import { type NoOneAs, whoWord } from '../../../electron/api/shared/who';
import { word, wordError } from '../../../electron/api/shared/word';

export const currentLang = (): Lang => (i18next.language === 'en' ? 'en' : 'zh-CN');

/** A reason (a code with parameters) in the current language. */
export const wordReason = (reason: Reason): string => word(reason, currentLang());

/**
 * A stored reason in the current language; a row written before its table had codes shows its
 * stored (Chinese) text, which is then data.
 */
export const wordStored = (row: {
  summary: string;
  summaryCode: string | null;
  summaryParams: Reason['params'] | null;
}): string =>
  row.summaryCode
    ? wordReason({ code: row.summaryCode, params: row.summaryParams ?? undefined })
    : row.summary;

/** A name snapshot of who did something; no one on duty (new or legacy marker) in the current language. */
export const wordWho = (name: string, as?: NoOneAs): string => whoWord(name, currentLang(), as);

/** An error from its reason; without one, the server's message in Chinese, a neutral text in English. */
export const wordFailure = (reason: Reason | undefined, message: string): string =>
  wordError(reason, message, currentLang());

/**
 * A field message as zod or the server left it: a code (`too_long|{"max":60}`) is worded; a sentence
 * (an unconverted schema's) is shown in Chinese and replaced by a neutral text in English.
 */
export function wordMessage(message: string | undefined): string {
  if (!message) return '';
  const reason = parseMsg(message);
  if (reason) return wordReason(reason);
  return currentLang() === 'zh-CN' ? message : wordReason({ code: 'invalid' });
}
