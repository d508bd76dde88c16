import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { distribContract } from '../../../../electron/api/stock/distrib-contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { replaceQuery, useRouteQuery } from '../../app/route';
import { worded } from '../../components/form';
import { QueryState } from '../../components/QueryState';
import { UndoDeliveryDialog } from './UndoDeliveryDialog';

/** The fields a person fills on the delivery bar; the lines or the building are fixed by the button. */
const Bar = z.object({
  receivedBy: distribContract['stock.deliver'].input.shape.receivedBy,
  runnerId: z.number().int().min(0),
});
type BarForm = z.input<typeof Bar>;

/**
 * One distribution: its buildings with how many are delivered, and one building's households; mark
 * the building, or the lines selected, delivered (each a stock issue) or nobody home; undo one.
 */
export function DistributionPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const building = Number(useRouteQuery().get('building')) || undefined;
  const [shown, setShown] = useState<number | undefined>(building);
  const one = useApiQuery('stock.distribution', { id, buildingId: shown, limit: 2000 });
  const team = useApiQuery('team.list', {});
  const deliver = useApiMutation('stock.deliver');
  const [picked, setPicked] = useState<string[]>([]);
  const bar = useForm<BarForm, unknown, z.output<typeof Bar>>({
    resolver: worded(zodResolver(Bar)),
    defaultValues: { runnerId: 0, receivedBy: '' },
  });
  const [undo, setUndo] = useState<{ txId: string; room: string } | null>(null);
  const choose = (b: number) => {
    setShown(b);
    setPicked([]);
    replaceQuery({ building: String(b) });
  };
  const time = (at: string | null) =>
    at
      ? new Intl.DateTimeFormat(i18n.language, {
          timeZone: 'Asia/Shanghai',
          dateStyle: 'short',
          timeStyle: 'short',
        }).format(new Date(at))
      : '';
  return (
    <QueryState query={one}>
      {(d) => {
        const b = d.buildingId ?? 0;
        const open = d.lines.filter((l) => l.state !== 'delivered').map((l) => l.id);
        const mark = (input: {
          lineIds?: string[];
          buildingId?: number;
          outcome?: 'delivered' | 'not_home';
        }) =>
          void bar.handleSubmit((v) =>
            deliver.mutate(
              { distributionId: d.id, runnerId: v.runnerId || undefined, receivedBy: v.receivedBy, ...input },
              { onSuccess: () => setPicked([]) },
            ),
          )();
        return (
          <div className="distrib">
            <div className="toolbar">
              <a href="#/stock/distributions">{t('distrib.back')}</a>
              <h1>
                {d.item} · {d.plannedOn}
              </h1>
              <span className="muted">
                {t('distrib.perUnit', {
                  basis: t(`distrib.basisLabel.${d.basis}`),
                  qty: d.qty,
                  unit: d.unit,
                })}{' '}
                · {t('distrib.progress', { delivered: d.delivered, households: d.households })} ·{' '}
                {d.deliveredQty}/{d.totalQty} {d.unit}
              </span>
            </div>
            <div className="distrib-buildings-tabs" role="tablist" aria-label={t('distrib.buildings')}>
              {d.perBuilding.map((x) => (
                <button
                  key={x.buildingId}
                  type="button"
                  role="tab"
                  aria-selected={x.buildingId === b}
                  className={x.buildingId === b ? 'tab active' : 'tab'}
                  onClick={() => choose(x.buildingId)}
                >
                  {x.name}{' '}
                  <small>
                    {x.delivered}/{x.households}
                  </small>
                </button>
              ))}
            </div>
            <div className="toolbar distrib-actions">
              <label>
                {t('distrib.runner')}{' '}
                <select {...bar.register('runnerId', { valueAsNumber: true })}>
                  <option value={0}>{t('distrib.noRunner')}</option>
                  {team.data
                    ?.filter((m) => m.active)
                    .map((m) => (
                      <option key={m.id} value={m.id}>
                        {m.name}
                      </option>
                    ))}
                </select>
              </label>
              <label>
                {t('distrib.receivedBy')}{' '}
                <input
                  {...bar.register('receivedBy')}
                  size={8}
                  aria-invalid={!!bar.formState.errors.receivedBy}
                />
              </label>
              <button
                type="button"
                className="primary"
                disabled={open.length === 0 || deliver.isPending}
                onClick={() => mark({ buildingId: b })}
              >
                {t('distrib.markBuilding')}
              </button>
              <button
                type="button"
                disabled={picked.length === 0 || deliver.isPending}
                onClick={() => mark({ lineIds: picked })}
              >
                {t('distrib.markSelected')}
              </button>
              <button
                type="button"
                disabled={picked.length === 0 || deliver.isPending}
                onClick={() => mark({ lineIds: picked, outcome: 'not_home' })}
              >
                {t('distrib.markNotHome')}
              </button>
              <a className="button" href={`#/stock/distributions/${d.id}/print?building=${b}`}>
                {t('distrib.print')}
              </a>
            </div>
            {bar.formState.errors.receivedBy && (
              <p className="field-error">{bar.formState.errors.receivedBy.message}</p>
            )}
            <table className="table distrib-lines">
              <thead>
                <tr>
                  <th>
                    <input
                      type="checkbox"
                      aria-label={t('distrib.selectAll')}
                      checked={open.length > 0 && picked.length === open.length}
                      onChange={(e) => setPicked(e.target.checked ? open : [])}
                    />
                  </th>
                  <th>{t('distrib.room')}</th>
                  <th>{t('distrib.householder')}</th>
                  <th>{t('distrib.people')}</th>
                  <th>{t('distrib.total')}</th>
                  <th>{t('distrib.state')}</th>
                  <th>{t('distrib.runner')}</th>
                  <th>{t('distrib.at')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {d.lines.map((l) => (
                  <tr key={l.id} className={`state-${l.state}`}>
                    <td>
                      {l.state !== 'delivered' && (
                        <input
                          type="checkbox"
                          aria-label={`${t('distrib.select')} ${l.room}`}
                          checked={picked.includes(l.id)}
                          onChange={(e) =>
                            setPicked(e.target.checked ? [...picked, l.id] : picked.filter((x) => x !== l.id))
                          }
                        />
                      )}
                    </td>
                    <td>{l.room}</td>
                    <td>{l.householder}</td>
                    <td>{l.people}</td>
                    <td>
                      {l.qty} {d.unit}
                    </td>
                    <td>
                      <span className={`pill ${l.state}`}>{t(`distrib.stateLabel.${l.state}`)}</span>
                    </td>
                    <td>
                      {l.runnerName}
                      {l.receivedBy && <span className="muted"> → {l.receivedBy}</span>}
                    </td>
                    <td>{time(l.at)}</td>
                    <td>
                      {l.txId && (
                        <button
                          type="button"
                          className="link"
                          onClick={() => setUndo({ txId: l.txId ?? '', room: l.room })}
                        >
                          {t('distrib.undo')}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            {undo && <UndoDeliveryDialog txId={undo.txId} room={undo.room} onDone={() => setUndo(null)} />}
          </div>
        );
      }}
    </QueryState>
  );
}
