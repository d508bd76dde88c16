import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A dashboard part: its title links to the list behind it; the chart has its table (in the page for
 * screen readers and print, shown on screen when asked).
 */
export function Panel({
  title,
  href,
  chart,
  table,
  foot,
  testId,
}: {
  title: string;
  href: string;
  chart: ReactNode;
  table: ReactNode;
  foot?: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const [asTable, setAsTable] = useState(false);
  const id = useId();
  return (
    <section className="card dash-panel board-panel" aria-labelledby={id} data-testid={testId}>
      <header>
        <h2 id={id}>
          <a href={`#/${href}`}>{title}</a>
        </h2>
        <button
          type="button"
          className="link no-print"
          aria-pressed={asTable}
          onClick={() => setAsTable(!asTable)}
        >
          {asTable ? t('dash.showChart') : t('dash.showTable')}
        </button>
      </header>
      {!asTable && (
        <div className="board-chart" aria-hidden="true">
          {chart}
        </div>
      )}
      <div className={asTable ? 'board-table-box' : 'board-table-box sr-only'}>{table}</div>
      {foot && <div className="board-foot">{foot}</div>}
    </section>
  );
}

/** A figure that opens the list behind it. */
export const Fig = ({ href, children, testId }: { href: string; children: ReactNode; testId?: string }) => (
  <a href={`#/${href}`} data-testid={testId}>
    {children}
  </a>
);
