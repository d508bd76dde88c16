import { useTranslation } from 'react-i18next';
import { printView } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { useRouteQuery } from '../../app/route';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';

/**
 * 发放签收表: one building's households on A4 — room, head of household, people, quantity, and a
 * signature column for the runner and one for the household. Rows never break across pages.
 */
export function DistributionPrint({ id }: { id: string }) {
  const { t } = useTranslation();
  const notify = useToast();
  const building = Number(useRouteQuery().get('building')) || undefined;
  const one = useApiQuery('stock.distribution', { id, buildingId: building, limit: 2000 });
  const session = useApiQuery('session.get', {});
  return (
    <QueryState query={one}>
      {(d) => {
        const b = d.perBuilding.find((x) => x.buildingId === d.buildingId);
        const name = b?.name ?? '';
        const perUnit = t('distrib.perUnit', {
          basis: t(`distrib.basisLabel.${d.basis}`),
          qty: d.qty,
          unit: d.unit,
        });
        return (
          <div className="distrib-print">
            <div className="toolbar no-print">
              <a href={`#/stock/distributions/${d.id}?building=${d.buildingId ?? ''}`}>← {d.item}</a>
              <button
                type="button"
                className="primary"
                onClick={() =>
                  void printView(
                    t('distrib.printFile', { item: d.item, building: name, day: d.plannedOn }),
                  ).catch((e: Error) => notify(e.message, 'error'))
                }
              >
                {t('distrib.printNow')}
              </button>
            </div>
            <section className="print-page">
              <h2 className="sheet-title">
                {t('distrib.printTitle', { compound: session.data?.compound.name ?? '' })}
              </h2>
              <p className="sheet-meta">
                {t('distrib.printMeta', { item: d.item, building: name, day: d.plannedOn, perUnit })}
              </p>
              <table className="table distrib-print-table">
                <thead>
                  <tr>
                    <th className="n">#</th>
                    <th>{t('distrib.room')}</th>
                    <th>{t('distrib.householder')}</th>
                    <th className="n">{t('distrib.people')}</th>
                    <th className="n">{t('distrib.total')}</th>
                    <th className="sign">{t('distrib.printRunnerSign')}</th>
                    <th className="sign">{t('distrib.printHouseholdSign')}</th>
                  </tr>
                </thead>
                <tbody>
                  {d.lines.map((l, i) => (
                    <tr key={l.id}>
                      <td className="n">{i + 1}</td>
                      <td>{l.room}</td>
                      <td>{l.householder}</td>
                      <td className="n">{l.people}</td>
                      <td className="n">
                        {l.qty} {d.unit}
                      </td>
                      <td className="sign" />
                      <td className="sign" />
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="signature">
                {t('distrib.printFoot', { households: b?.households ?? 0, total: b?.qty ?? 0, unit: d.unit })}
              </p>
            </section>
          </div>
        );
      }}
    </QueryState>
  );
}
