/** 居民身份证号 (GB 11643-1999): 18 characters, the last a checksum digit or X. Pure. */

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export type IdCheck =
  | { ok: true; id: string; birthDate: string; gender: 'male' | 'female' }
  | { ok: false; reason: 'length' | 'chars' | 'checksum' | 'birthdate'; message: string };

/** Full-width digits and letters to half-width, spaces out, x to X. */
export function normalizeIdNumber(raw: string): string {
  return toHalfWidth(raw).replace(/\s+/g, '').toUpperCase();
}

export function toHalfWidth(s: string): string {
  return s
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ');
}

export function checkDigit(body17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body17[i]) * (WEIGHTS[i] ?? 0);
  return CHECK[sum % 11] ?? '';
}

export function validateIdNumber(raw: string, today?: string): IdCheck {
  const id = normalizeIdNumber(raw);
  if (id.length !== 18)
    return { ok: false, reason: 'length', message: `身份证号应为 18 位，这里是 ${id.length} 位` };
  if (!/^\d{17}[\dX]$/.test(id))
    return { ok: false, reason: 'chars', message: '身份证号只能是数字，最后一位可为 X' };
  const birth = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const d = new Date(`${birth}T00:00:00Z`);
  const year = Number(id.slice(6, 10));
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== birth || year < 1880) {
    return { ok: false, reason: 'birthdate', message: `身份证号中的出生日期 ${birth} 不存在` };
  }
  if (today && birth > today) {
    return { ok: false, reason: 'birthdate', message: `身份证号中的出生日期 ${birth} 晚于今天` };
  }
  if (checkDigit(id.slice(0, 17)) !== id[17]) {
    return { ok: false, reason: 'checksum', message: '身份证号校验位不正确，请核对是否抄错' };
  }
  return { ok: true, id, birthDate: birth, gender: Number(id[16]) % 2 === 1 ? 'male' : 'female' };
}

/** 4601**********1234 */
export function maskIdNumber(id: string | null): string | null {
  if (!id) return id;
  if (id.length < 8) return '*'.repeat(id.length);
  return `${id.slice(0, 4)}${'*'.repeat(id.length - 8)}${id.slice(-4)}`;
}

export const isMaskedIdNumber = (s: string): boolean => /^\d{4}\*{6,}[\dX]{4}$/i.test(s.trim());
