import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printView } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';

/** 11/28 周六 or 11/28 Sat: the weekday in the UI language. */
const label = (day: string, lang: string) =>
  `${day.slice(5).replace('-', '/')} ${new Intl.DateTimeFormat(lang, { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`))}`;

/** The days in weeks of seven from the first: a 28-day roster prints four pages a post. */
const weeksOf = (days: string[]) =>
  Array.from({ length: Math.ceil(days.length / 7) }, (_, i) => days.slice(i * 7, i * 7 + 7));

/**
 * The roster for the gate: A4 landscape, one post and one week a page (a name is never split
 * across lines or pages), names, phones and a signature line. Back returns to the same week and range.
 */
export function RosterPrintPage({ param }: { param: string }) {
  const { t, i18n } = useTranslation();
  const notify = useToast();
  const [from = '', daysText = '7'] = param.split('/');
  const days = Math.min(28, Math.max(1, Number(daysText) || 7));
  const model = useApiQuery('roster.print', { from, days }, { enabled: /^\d{4}-\d{2}-\d{2}$/.test(from) });
  const [only, setOnly] = useState(0);
  return (
    <QueryState query={model}>
      {(m) => (
        <div className="roster-print">
          <div className="toolbar no-print">
            <a href={`#/roster/${from}/${days}`}>← {t('roster.back')}</a>
            <select
              aria-label={t('roster.whichPosts')}
              value={only}
              onChange={(e) => setOnly(Number(e.target.value))}
            >
              <option value={0}>{t('roster.allPosts')}</option>
              {m.posts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="primary"
              onClick={() =>
                void printView(t('roster.printFile', { from: m.from, to: m.to }), true).catch((e: Error) =>
                  notify(e.message, 'error'),
                )
              }
            >
              {t('roster.printNow')}
            </button>
          </div>
          {m.posts
            .filter((p) => !only || p.id === only)
            .flatMap((p) =>
              weeksOf(m.days).map((week) => {
                const cells = p.cells.filter((c) => week.includes(c.day));
                return (
                  <section key={`${p.id}-${week[0]}`} className="print-page">
                    <h2 className="sheet-title">
                      {t('roster.printTitle', {
                        compound: m.compound,
                        post: p.name,
                        from: week[0],
                        to: week.at(-1),
                      })}
                    </h2>
                    <table className="table roster-print-table">
                      <thead>
                        <tr>
                          <th>{t('roster.shift')}</th>
                          {week.map((d) => (
                            <th key={d}>{label(d, i18n.language)}</th>
                          ))}
                        </tr>
                      </thead>
                      <tbody>
                        {p.templates.map((tp) => (
                          <tr key={tp.name}>
                            <th>
                              {tp.name}
                              <div className="small muted">
                                {tp.start} · {tp.hours}h
                              </div>
                            </th>
                            {week.map((d) => {
                              const c = cells.find((x) => x.day === d && x.template === tp.name);
                              return (
                                <td key={d}>
                                  {c?.names.map((n) => (
                                    <span key={n} className={c.clashes.includes(n) ? 'name clash' : 'name'}>
                                      {n}
                                      {c.clashes.includes(n) && t('roster.clashMark')}
                                    </span>
                                  ))}
                                </td>
                              );
                            })}
                          </tr>
                        ))}
                      </tbody>
                    </table>
                    <div className="phones">
                      <strong>{t('roster.phones')}</strong>
                      {m.phones
                        .filter((x) => cells.some((c) => c.names.includes(x.name)))
                        .map((x) => (
                          <span key={x.name}>
                            {x.name} {x.phone}
                          </span>
                        ))}
                    </div>
                    <p className="signature">{t('roster.signature')}</p>
                  </section>
                );
              }),
            )}
        </div>
      )}
    </QueryState>
  );
}
