import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { GateFilter } from '../../../../electron/api/gate/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { call } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { saveExport } from '../../app/download';
import { worded } from '../../components/form';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { VirtualRows } from '../../components/VirtualRows';

type Filter = z.input<typeof GateFilter>;
const blankToUndefined = (v: unknown) => (v === '' || v === undefined ? undefined : v);

/**
 * The gate log's history: by day, by person, by direction; the same rows as a workbook. A busy day's
 * 500 rows draw only those in sight (`VirtualRows`).
 */
export function GateHistory({ today }: { today: string }) {
  const { t, i18n } = useTranslation();
  const notify = useToast();
  const { register, watch, formState } = useForm<Filter>({
    resolver: worded(zodResolver(GateFilter)),
    mode: 'onChange',
    defaultValues: { day: today, who: '', direction: undefined },
  });
  const v = watch();
  const parsed = GateFilter.safeParse({
    day: blankToUndefined(v.day),
    who: blankToUndefined(v.who?.trim()),
    direction: blankToUndefined(v.direction),
  });
  const filter = parsed.success ? parsed.data : { day: today };
  const list = useApiQuery('gate.list', filter);
  const e = formState.errors;
  return (
    <section className="card gate-history" aria-label={t('gate.history')}>
      <form className="row" onSubmit={(ev) => ev.preventDefault()} noValidate>
        <label className="field">
          <span>{t('gate.day')}</span>
          <input type="date" {...register('day')} />
          {e.day && <em className="field-error">{e.day.message}</em>}
        </label>
        <label className="field grow">
          <span>{t('gate.findWho')}</span>
          <input {...register('who')} placeholder={t('gate.findWhoHint')} />
          {e.who && <em className="field-error">{e.who.message}</em>}
        </label>
        <label className="field">
          <span>{t('gate.direction')}</span>
          <select {...register('direction', { setValueAs: blankToUndefined })}>
            <option value="">{t('gate.both')}</option>
            <option value="in">{t('gate.in')}</option>
            <option value="out">{t('gate.out')}</option>
          </select>
        </label>
        <button
          type="button"
          onClick={() =>
            void call('gate.exportXlsx', { ...filter, lang: i18n.language === 'en' ? 'en' : 'zh-CN' })
              .then(saveExport)
              .catch((err: Error) => notify(err.message, 'error'))
          }
        >
          {t('gate.export')}
        </button>
      </form>
      <QueryState query={list}>
        {({ rows, more }) => (
          <>
            <table
              className="table"
              aria-rowcount={rows.length ? rows.length + 1 : undefined}
              aria-label={t('gate.title')}
            >
              <thead>
                <tr aria-rowindex={1}>
                  <th>{t('audit.time')}</th>
                  <th>{t('gate.post')}</th>
                  <th>{t('gate.direction')}</th>
                  <th>{t('gate.kind')}</th>
                  <th>{t('gate.who')}</th>
                  <th>{t('gate.temperature')}</th>
                  <th>{t('gate.onDuty')}</th>
                </tr>
              </thead>
              <VirtualRows
                items={rows}
                columns={7}
                estimate={37}
                row={(r, props) => (
                  <tr key={r.id} className={r.fever ? 'fever-row' : undefined} {...props}>
                    <td className="nowrap">{formatInstant(r.at)}</td>
                    <td>{r.post}</td>
                    <td>{t(`gate.${r.direction}`)}</td>
                    <td>{t(`gate.kinds.${r.kind}`)}</td>
                    <td>
                      {r.who}
                      {r.note && <div className="small muted">{r.note}</div>}
                    </td>
                    <td className="nowrap">
                      {r.temperature === null ? '—' : `${r.temperature.toFixed(1)} ℃`}
                      {r.fever && <strong className="pill bad">{t('gate.fever')}</strong>}
                    </td>
                    <td>{r.onDuty || t('gate.nobodyPresent')}</td>
                  </tr>
                )}
                empty={
                  <tr>
                    <td colSpan={7} className="muted">
                      {t('gate.noneFound')}
                    </td>
                  </tr>
                }
              />
            </table>
            {more && <p className="muted small">{t('gate.more')}</p>}
          </>
        )}
      </QueryState>
    </section>
  );
}
