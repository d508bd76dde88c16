import { keepPreviousData } from '@tanstack/react-query';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { go } from '../../app/route';

const ROW = 40;

export function SearchPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [deferred, setDeferred] = useState('');
  // Search after a short pause in typing, not on every keystroke.
  useEffect(() => {
    const timer = setTimeout(() => setDeferred(q.trim()), 200);
    return () => clearTimeout(timer);
  }, [q]);
  const result = useApiQuery(
    'residents.search',
    { q: deferred, limit: 2000 },
    // No retry: a refused full-ID look-up (rate limited) is logged; trying again only adds lines.
    { enabled: deferred.length > 0, placeholderData: keepPreviousData, retry: false },
  );
  const rows = deferred ? (result.data?.rows ?? []) : [];
  const parent = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({
    count: rows.length,
    getScrollElement: () => parent.current,
    estimateSize: () => ROW,
    overscan: 12,
  });
  return (
    <div className="search-page">
      <input
        className="search-input"
        type="search"
        value={q}
        autoFocus
        placeholder={t('search.placeholder')}
        aria-label={t('nav.search')}
        onChange={(e) => setQ(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && rows[0]) go(`household/${rows[0].householdId}`);
        }}
      />
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
                href={`#/household/${r.householdId}`}
                className="result-row"
                style={{ transform: `translateY(${v.start}px)`, height: ROW }}
              >
                <strong>{r.name}</strong>
                <span>
                  {r.gender ? t(`gender.${r.gender}`) : '—'} / {r.age ?? '—'}
                </span>
                <span>{[r.building, r.unit, r.room].filter(Boolean).join(' ')}</span>
                <span>{r.relation}</span>
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
