import type { TFunction } from 'i18next';
import { formatInstant } from '../../../../electron/api/shared/dates';

export const sizeText = (bytes: number): string =>
  bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;

export const reasonText = (t: TFunction, reason: string | null): string =>
  t(`backups.reason.${reason ?? 'unknown'}`);

export const when = (iso: string): string => formatInstant(iso);
