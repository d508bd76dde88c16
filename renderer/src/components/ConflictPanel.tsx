import { useTranslation } from 'react-i18next';
import type { Change } from '../../../electron/api/errors';
import { ApiCallError } from '../api/client';

/** A stale save: CONFLICT with the fields that differ (a refused duplicate has no changes). */
export function staleSave(e: unknown): ApiCallError | null {
  return e instanceof ApiCallError && e.code === 'CONFLICT' && e.changes.length > 0 ? e : null;
}

/**
 * Shown in a form whose save was refused because someone saved the record after it was opened:
 * each changed field with what is saved now and what this form holds, and a button to reload.
 */
export function ConflictPanel({
  error,
  label,
  show,
  onReload,
  reloading = false,
}: {
  error: ApiCallError;
  /** The form's own label for a field. */
  label: (field: string) => string;
  /** A stored value as the form shows it (an enum's word, for instance). */
  show?: (field: string, value: unknown) => string | null;
  onReload: () => void;
  reloading?: boolean;
}) {
  const { t } = useTranslation();
  const text = (c: Change, v: unknown): string => {
    const shown = show?.(c.field, v);
    if (shown) return shown;
    if (v === null || v === undefined || v === '') return t('conflict.empty');
    if (typeof v === 'boolean') return v ? t('conflict.yes') : t('conflict.no');
    if (Array.isArray(v)) return v.length ? v.join(t('punct.list')) : t('conflict.empty');
    return String(v);
  };
  return (
    <div className="conflict-panel" role="alert" data-testid="conflict">
      <strong>{t('conflict.title')}</strong>
      <table className="table conflict-table">
        <thead>
          <tr>
            <th>{t('conflict.field')}</th>
            <th>{t('conflict.theirs')}</th>
            <th>{t('conflict.yours')}</th>
          </tr>
        </thead>
        <tbody>
          {error.changes.map((c) => (
            <tr key={c.field}>
              <th scope="row">{label(c.field)}</th>
              <td className="theirs">{text(c, c.theirs)}</td>
              <td className="yours">{text(c, c.yours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('conflict.hint')}</p>
      <button type="button" className="primary" onClick={onReload} disabled={reloading}>
        {t('conflict.reload')}
      </button>
    </div>
  );
}
