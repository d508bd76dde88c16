/** Deterministic people for the demo community: names, ID numbers, phones. */

export type Rng = () => number;

/** mulberry32: small, fast, deterministic. */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
export const between = (r: Rng, lo: number, hi: number): number => lo + Math.floor(r() * (hi - lo + 1));

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾符云吉蔡潘邢';
const MALE = [
  '国强',
  '建华',
  '志明',
  '海波',
  '文涛',
  '俊杰',
  '伟',
  '磊',
  '浩然',
  '子轩',
  '明',
  '德福',
  '振华',
  '立军',
  '家豪',
];
const FEMALE = [
  '秀英',
  '丽华',
  '海燕',
  '晓梅',
  '静',
  '婷婷',
  '雨欣',
  '美玲',
  '桂兰',
  '春花',
  '思琪',
  '芳',
  '玉珍',
  '慧敏',
  '欣怡',
];

export function personName(r: Rng, surname: string, gender: 'male' | 'female'): string {
  return surname + pick(r, gender === 'male' ? MALE : FEMALE);
}

export function surname(r: Rng): string {
  return pick(r, [...SURNAMES]);
}

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** 18-character resident ID with a valid GB 11643 checksum. */
export function idNumber(region: string, birthDate: string, seq: number, gender: 'male' | 'female'): string {
  let s3 = seq % 1000;
  if ((s3 % 2 === 1) !== (gender === 'male')) s3 = (s3 + 1) % 1000;
  const body = `${region}${birthDate.replaceAll('-', '')}${String(s3).padStart(3, '0')}`;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(body[i]) * (WEIGHTS[i] ?? 0);
  return body + CHECK[sum % 11];
}

export function phone(r: Rng): string {
  return `1${pick(r, ['38', '39', '58', '59', '86', '87', '36', '37'])}${String(between(r, 0, 99_999_999)).padStart(8, '0')}`;
}

export function birthDate(r: Rng, today: string, minAge: number, maxAge: number): string {
  const year = Number(today.slice(0, 4)) - between(r, minAge, maxAge);
  const month = between(r, 1, 12);
  const day = between(r, 1, 28);
  const born = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  // Nobody is born after today: a birthday still to come this year moves back a year.
  return born > today ? `${year - 1}${born.slice(4)}` : born;
}
