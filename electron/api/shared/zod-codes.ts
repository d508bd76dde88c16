/**
 * Zod speaks codes: the global error map turns zod's own issues into message codes with parameters
 * (`too_long|{"max":60}`), so no zod wording ("Too big: expected …", "期望 string …") reaches a
 * user. Schemas' own messages are codes too (`msg('temperature_range', …)`). The server (router)
 * and the renderer (react-hook-form resolvers) both call `configureZodCodes()`, so a field says the same
 * thing whichever side refused it. Pure.
 */
import { z } from 'zod';
import { msg, parseMsg, type Reason } from './reason';

type RawIssue = {
  code?: string;
  origin?: string;
  expected?: string;
  format?: string;
  input?: unknown;
  maximum?: number | bigint;
  minimum?: number | bigint;
  divisor?: number | bigint;
  message?: string;
};

const num = (v: number | bigint | undefined): number => Number(v ?? 0);

/** The message code of one of zod's own issues. */
export function codeOfIssue(iss: RawIssue): string {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined || iss.input === null) return msg('required');
      if (iss.expected === 'int' && typeof iss.input === 'number' && Number.isFinite(iss.input))
        return msg('not_an_integer');
      if (iss.expected === 'number' || iss.expected === 'int') return msg('not_a_number');
      return msg('wrong_type');
    case 'too_big':
      if (iss.origin === 'string') return msg('too_long', { max: num(iss.maximum) });
      if (iss.origin === 'array' || iss.origin === 'set') return msg('too_many', { max: num(iss.maximum) });
      return msg('too_big', { max: num(iss.maximum) });
    case 'too_small':
      if (iss.origin === 'string')
        return num(iss.minimum) <= 1 ? msg('required') : msg('too_short', { min: num(iss.minimum) });
      if (iss.origin === 'array' || iss.origin === 'set') return msg('too_few', { min: num(iss.minimum) });
      return msg('too_small', { min: num(iss.minimum) });
    case 'invalid_format':
      if (iss.format === 'date') return msg('bad_date');
      if (iss.format === 'datetime') return msg('bad_instant');
      return msg('bad_format');
    case 'invalid_value':
    case 'invalid_union':
    case 'invalid_key':
      return msg('not_an_option');
    case 'not_multiple_of':
      return num(iss.divisor) === 1 ? msg('not_an_integer') : msg('not_a_step', { step: num(iss.divisor) });
    case 'unrecognized_keys':
      return msg('unknown_field');
    default:
      return msg('invalid');
  }
}

let configured = false;
/** Configure zod (once per process or page) to write codes instead of sentences. */
export function configureZodCodes(): void {
  if (configured) return;
  configured = true;
  z.config({ customError: (iss) => codeOfIssue(iss as RawIssue) });
}

/** The reason a zod issue's message carries (a sentence from an unconverted schema: `invalid`). */
export const reasonOfMessage = (message: string): Reason => parseMsg(message) ?? { code: 'invalid' };
