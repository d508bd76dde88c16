import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEDICAL_KINDS } from '../../../../db/schema/enums';
import { useApiQuery } from '../../api/hooks';
import { replaceQuery, useRouteQuery } from '../../app/route';
import { QueryState } from '../../components/QueryState';
import type { MedicalRow } from '../health/types';
import { AddRequestDialog } from './AddRequestDialog';
import { CloseRequestDialog } from './CloseRequestDialog';
import { RefillsTable } from './RefillsTable';
import { RequestsTable } from './RequestsTable';
import { TriageDialog } from './TriageDialog';

type Kind = (typeof MEDICAL_KINDS)[number];
type Acting = { kind: 'triage' | 'close'; row: MedicalRow };

/**
 * `#/health/medical`: medical requests (医疗需求) for the community doctor, urgent and oldest first;
 * add one, triage it, close it with an outcome; and the residents on regular medicine with their
 * next refill.
 */
export function MedicalScreen() {
  const { t } = useTranslation();
  const q = useRouteQuery();
  const [scope, setScope] = useState<'open' | 'all'>(q.get('scope') === 'all' ? 'all' : 'open');
  const [kind, setKind] = useState<Kind | ''>((q.get('kind') as Kind | null) ?? '');
  const [adding, setAdding] = useState(false);
  const [acting, setActing] = useState<Acting | null>(null);
  const list = useApiQuery('medical.list', { scope, ...(kind ? { kind } : {}) });
  const filter = (s: 'open' | 'all', k: Kind | '') => {
    setScope(s);
    setKind(k);
    replaceQuery({ scope: s, kind: k });
  };
  return (
    <section aria-label={t('medical.title')}>
      <div className="filters card">
        <label className="field">
          <span>{t('medical.state')}</span>
          <select value={scope} onChange={(e) => filter(e.target.value as 'open' | 'all', kind)}>
            <option value="open">{t('medical.scope.open')}</option>
            <option value="all">{t('medical.scope.all')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('medical.kind')}</span>
          <select value={kind} onChange={(e) => filter(scope, e.target.value as Kind | '')}>
            <option value="">{t('health.all')}</option>
            {MEDICAL_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`medicalKind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="grow" />
        <button type="button" className="primary" onClick={() => setAdding(true)}>
          {t('medical.add')}
        </button>
      </div>
      <QueryState query={list}>
        {(data) => (
          <div className="medical-board">
            <RequestsTable
              rows={data.rows}
              total={data.total}
              onTriage={(row) => setActing({ kind: 'triage', row })}
              onClose={(row) => setActing({ kind: 'close', row })}
            />
            <RefillsTable rows={data.refills} />
          </div>
        )}
      </QueryState>
      {adding && <AddRequestDialog onDone={() => setAdding(false)} />}
      {acting?.kind === 'triage' && (
        <TriageDialog
          title={t('medical.triageTitle', { name: acting.row.name })}
          name={acting.row.name}
          detail={[
            `${t(`medicalUrgency.${acting.row.urgency}`)} ${t(`medicalKind.${acting.row.kind}`)}`,
            acting.row.place,
            acting.row.phone,
            acting.row.note,
          ]
            .filter(Boolean)
            .join(' · ')}
          requestId={acting.row.id}
          kind={acting.row.kind}
          onDone={() => setActing(null)}
        />
      )}
      {acting?.kind === 'close' && <CloseRequestDialog row={acting.row} onDone={() => setActing(null)} />}
    </section>
  );
}
