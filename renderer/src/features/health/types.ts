import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { healthContract } from '../../../../electron/api/health/contract';
import type { medicalContract } from '../../../../electron/api/health/medical-contract';

/** The health screens' data, typed from the contract (issue 14). */
type H = typeof healthContract;
type M = typeof medicalContract;
export type Alerts = z.output<H['health.alerts']['output']>;
export type FeverAlert = Alerts['fevers'][number];
export type Round = z.output<H['health.round']['output']>;
export type RoundRow = Round['rows'][number];
export type RoundCell = RoundRow['cells'][number];
export type Episode = z.output<H['health.episodes']['output']>['rows'][number];
export type Subject = Episode['subject'];
export type MedicalList = z.output<M['medical.list']['output']>;
export type MedicalRow = MedicalList['rows'][number];
export type Refill = MedicalList['refills'][number];

/** A slot's name: daily with one a day, morning and afternoon with two, else "check n". */
export function slotLabel(t: TFunction, slot: number, perDay: number): string {
  if (perDay === 1) return t('health.slot.daily');
  if (perDay <= 2 && slot <= 1) return t(`health.slot.s${slot}`);
  return t('health.slot.other', { n: slot + 1 });
}

/** A temperature as read, one decimal. */
export function celsius(t: TFunction, v: number): string {
  return t('health.celsius', { t: v.toFixed(1) });
}

/** An instant shown at the post, hours and minutes (Asia/Shanghai). */
export function hhmm(iso: string | null): string {
  if (!iso) return '';
  return new Date(iso).toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}

/** An instant shown at the post as month-day and time, "11-28 09:40" (Asia/Shanghai). */
export function dayTime(iso: string | null): string {
  if (!iso) return '';
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Shanghai',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).formatToParts(new Date(iso));
  const part = (k: string) => parts.find((p) => p.type === k)?.value ?? '';
  return `${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
