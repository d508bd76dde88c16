import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Loading and error states of a query, the same everywhere. */
export function QueryState<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <p className="muted">{t('common.loading')}</p>;
  if (query.isError)
    return (
      <div className="error-box" role="alert">
        <strong>
          {t('common.error')}
          {t('punct.colon')}
        </strong>
        {query.error.message}{' '}
        <button type="button" onClick={() => void query.refetch()}>
          {t('common.retry')}
        </button>
      </div>
    );
  return <>{children(query.data)}</>;
}
