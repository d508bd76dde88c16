import type { z } from 'zod';
import type { PlaceRef } from '../../../../electron/api/stock/contract';
import i18n from '../../i18n';

export type PlaceInput = z.infer<typeof PlaceRef>;
/** A place as the lists give it: `stock.places` (id), a balance's or a line's place (refId). */
type AnyPlace = {
  kind: 'store' | 'gate' | 'hotel' | 'runner';
  id?: number | string | null;
  refId?: number | null;
};

/** One string per place, for a select's value and a map's key: `store`, `gate:1`, `runner:7`. */
export function placeKey(p: AnyPlace): string {
  if (p.kind === 'store') return 'store';
  const ref = p.refId ?? p.id;
  return `${p.kind}:${ref}`;
}

/** The contract's PlaceRef from a key (undefined for '' — all places). */
export function placeOf(key: string): PlaceInput | undefined {
  if (!key) return undefined;
  if (key === 'store') return { kind: 'store' };
  const [kind, id] = key.split(':');
  if (kind !== 'gate' && kind !== 'hotel' && kind !== 'runner') return undefined;
  return { kind, id: Number(id) };
}

/** "Gate 东门", "Post store": the kind in the UI language, then the name as stored. */
export function placeLabel(p: { kind: string; name: string }): string {
  return [i18n.t(`stockPlace.${p.kind}`), p.name].filter(Boolean).join(' ');
}

export const uiLang = (): 'zh-CN' | 'en' => (i18n.language === 'en' ? 'en' : 'zh-CN');

/** A number input's value for zod: '' stays undefined, so "required" is said rather than NaN. */
export const num = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(v));
