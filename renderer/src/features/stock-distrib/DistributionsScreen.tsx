import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { DistributionPage } from './DistributionPage';
import { DistributionPrint } from './DistributionPrint';
import { NewDistributionForm } from './NewDistributionForm';

/**
 * `#/stock/distributions` (the list and a new one), `#/stock/distributions/ID` (per building, delivered
 * or not) and `#/stock/distributions/ID/print?building=ID` (the A4 receipt list of one building).
 */
export function DistributionsScreen({ param }: { param: string }) {
  const [id = '', sub = ''] = param.split('/');
  if (id && sub === 'print') return <DistributionPrint id={id} />;
  if (id) return <DistributionPage id={id} />;
  return <DistributionList />;
}

function DistributionList() {
  const { t } = useTranslation();
  const list = useApiQuery('stock.distributions', { limit: 100 });
  const session = useApiQuery('session.get', {});
  return (
    <div className="distrib">
      <p className="muted">{t('distrib.hint')}</p>
      {session.data && <NewDistributionForm today={session.data.today} />}
      <section className="card">
        <h2>{t('distrib.list')}</h2>
        <QueryState query={list}>
          {(l) =>
            l.rows.length === 0 ? (
              <p className="muted">{t('distrib.none')}</p>
            ) : (
              <table className="table distrib-list">
                <thead>
                  <tr>
                    <th>{t('distrib.plannedOn')}</th>
                    <th>{t('distrib.item')}</th>
                    <th>{t('distrib.buildings')}</th>
                    <th>{t('distrib.qty')}</th>
                    <th>{t('distrib.households')}</th>
                    <th>{t('distrib.delivered')}</th>
                    <th />
                  </tr>
                </thead>
                <tbody>
                  {l.rows.map((d) => (
                    <tr key={d.id}>
                      <td>{d.plannedOn}</td>
                      <td>{d.item}</td>
                      <td className="scope">
                        {d.buildings.length ? d.buildings.join(' ') : t('distrib.scopeAll')}
                      </td>
                      <td>
                        {t('distrib.perUnit', {
                          basis: t(`distrib.basisLabel.${d.basis}`),
                          qty: d.qty,
                          unit: d.unit,
                        })}
                      </td>
                      <td>
                        {d.households} · {d.totalQty} {d.unit}
                      </td>
                      <td>
                        <progress max={d.households} value={d.delivered} /> {d.delivered}/{d.households}
                      </td>
                      <td>
                        <a href={`#/stock/distributions/${d.id}`}>{t('distrib.open')}</a>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )
          }
        </QueryState>
      </section>
    </div>
  );
}
