import { zodResolver } from '@hookform/resolvers/zod';
import { keepPreviousData } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { residentsContract } from '../../../../electron/api/residents/contract';
import { relationLabel } from '../../../../electron/api/shared/labels';
import { useApiQuery } from '../../api/hooks';
import { go, replaceQuery, routeQuery, withQuery } from '../../app/route';
import { worded } from '../../components/form';
import { currentLang } from '../../i18n/words';

const ROW = 40;
const SearchInput = residentsContract['residents.search'].input;
type SearchForm = z.input<typeof SearchInput>;
/** A household opened from the results: its back link returns to this search. */
const fileOf = (householdId: number, q: string) =>
  withQuery(`household/${householdId}`, { from: withQuery('search', { q }) });

export function SearchPage() {
  const { t } = useTranslation();
  // What was typed lives in the address too (#/search?q=…): Back from a household, the file's back
  // link and a reload come back to the same words and the same results.
  const [typed] = useState(() => routeQuery().get('q') ?? '');
  // residents.search's own input: the words typed are checked by its schema (a bad one stays
  // beside the field), then searched after a short pause in typing, not on every keystroke.
  const { register, watch, handleSubmit, formState, getValues } = useForm<
    SearchForm,
    unknown,
    z.output<typeof SearchInput>
  >({ resolver: worded(zodResolver(SearchInput)), defaultValues: { q: typed, limit: 2000 } });
  const [deferred, setDeferred] = useState('');
  useEffect(() => {
    const search = handleSubmit(
      (v) => setDeferred(v.q),
      () => setDeferred(''),
    );
    if (getValues('q')) void search();
    let timer: ReturnType<typeof setTimeout> | undefined;
    const typing = watch(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // Replaced, not pushed: one history entry for the screen, not one per keystroke.
        replaceQuery({ q: getValues('q') ?? '' });
        void search();
      }, 200);
    });
    return () => {
      clearTimeout(timer);
      typing.unsubscribe();
    };
  }, [watch, handleSubmit, getValues]);
  const result = useApiQuery(
    'residents.search',
    { q: deferred, limit: 2000 },
    // No retry: a refused full-ID look-up (rate limited) is logged; trying again only adds lines.
    { enabled: deferred.length > 0, placeholderData: keepPreviousData, retry: false },
  );
  const rows = deferred ? (result.data?.rows ?? []) : [];
  // Enter opens the first match of what is typed: searched at once, opened when its own answer is
  // in (not the previous search's rows still on screen while it loads).
  const [openFor, setOpenFor] = useState<string | null>(null);
  const answered =
    openFor !== null && deferred === openFor && !result.isPlaceholderData && !result.isFetching;
  const first = answered ? (result.data?.rows[0] ?? null) : null;
  useEffect(() => {
    if (!answered) return;
    setOpenFor(null);
    if (first) go(fileOf(first.householdId, openFor));
  }, [answered, first, openFor]);
  const open = handleSubmit((v) => {
    if (!v.q) return;
    replaceQuery({ q: v.q });
    setDeferred(v.q);
    setOpenFor(v.q);
  });
  const parent = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW,
    overscan: 12,
  });
  return (
    <div className="search-page">
      <form onSubmit={(e) => void open(e)} noValidate>
        <input
          className="search-input"
          type="search"
          {...register('q')}
          autoFocus
          placeholder={t('search.placeholder')}
          aria-label={t('nav.search')}
          aria-invalid={!!formState.errors.q}
        />
        {formState.errors.q && <em className="field-error">{formState.errors.q.message}</em>}
      </form>
      {result.error && deferred && (
        <p className="error-box" role="alert">
          {result.error.message}
        </p>
      )}
      <p className="muted" data-testid="search-count">
        {!deferred
          ? t('search.hint')
          : result.data && rows.length === 0
            ? t('search.none')
            : result.data
              ? `${t('search.count', { count: result.data.total })}${result.data.truncated ? t('search.truncated', { shown: rows.length }) : ''}`
              : ''}
        {/^[\d\s-]{17,}[\dXx]$/.test(deferred) && ` · ${t('search.fullIdLogged')}`}
      </p>
      <div className="result-head">
        <span>{t('household.name')}</span>
        <span>{t('household.genderAge')}</span>
        <span>{t('search.address')}</span>
        <span>{t('household.relation')}</span>
        <span>{t('household.phone')}</span>
        <span>{t('household.idNumber')}</span>
        <span>{t('household.presence')}</span>
      </div>
      <div ref={parent} className="results">
        <div style={{ height: virtual.getTotalSize(), position: 'relative' }}>
          {virtual.getVirtualItems().map((v) => {
            const r = rows[v.index];
            if (!r) return null;
            return (
              <a
                key={r.id}
                href={`#/${fileOf(r.householdId, deferred)}`}
                className="result-row"
                style={{ transform: `translateY(${v.start}px)`, height: ROW }}
              >
                <strong>{r.name}</strong>
                <span>
                  {r.gender ? t(`gender.${r.gender}`) : '—'} / {r.age ?? '—'}
                </span>
                <span>{[r.building, r.unit, r.room].filter(Boolean).join(' ')}</span>
                <span>{relationLabel(currentLang(), r.relation)}</span>
                <span>{r.phone}</span>
                <code>{r.idNumberMasked ?? '—'}</code>
                <span>{t(`presence.${r.presence}`)}</span>
              </a>
            );
          })}
        </div>
      </div>
    </div>
  );
}
