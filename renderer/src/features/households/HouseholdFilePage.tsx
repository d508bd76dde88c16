import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { OCCUPANCY, REG_STATUS } from '../../../../db/schema/enums';
import { type HouseholdFile, HouseholdUpdate } from '../../../../electron/api/households/contract';
import type { ResidentView } from '../../../../electron/api/residents/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { printView } from '../../api/client';
import { ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { MemberDialog } from './MemberDialog';
import { MembersTable } from './MembersTable';
import { MoveDialog } from './MoveDialog';
import { SourcesPanel } from './SourcesPanel';

type Form = z.input<typeof HouseholdUpdate>;

function HouseholdForm({ file }: { file: HouseholdFile }) {
  const { t } = useTranslation();
  const notify = useToast();
  const save = useApiMutation('households.update');
  const h = file.household;
  const { register, handleSubmit, formState, setError } = useForm<Form>({
    resolver: zodResolver(HouseholdUpdate),
    // Follows the saved household without wiping what is being typed.
    resetOptions: { keepDirtyValues: true },
    values: {
      id: h.id,
      householderName: h.householderName,
      phone: h.phone,
      occupancy: h.occupancy,
      regStatus: h.regStatus,
      notes: h.notes,
    },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await save.mutateAsync(v);
      notify(t('household.saved'), 'success');
    } catch (e) {
      // The toast says it; field errors go beside their fields.
      for (const i of e instanceof ApiCallError ? e.issues : [])
        setError(i.path as keyof Form, { message: i.message });
    }
  });
  return (
    <form className="household-form" onSubmit={(e) => void submit(e)} noValidate>
      <label className="field">
        <span>{t('household.householder')}</span>
        <input {...register('householderName')} />
      </label>
      <label className="field">
        <span>{t('household.phone')}</span>
        <input {...register('phone')} inputMode="tel" />
        {formState.errors.phone && <em className="field-error">{formState.errors.phone.message}</em>}
      </label>
      <label className="field">
        <span>{t('household.occupancy')}</span>
        <select {...register('occupancy')}>
          {OCCUPANCY.map((o) => (
            <option key={o} value={o}>
              {t(`occupancy.${o}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('household.regStatus')}</span>
        <select {...register('regStatus')}>
          {REG_STATUS.map((s) => (
            <option key={s} value={s}>
              {t(`regStatus.${s}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field grow">
        <span>{t('household.notes')}</span>
        <input {...register('notes')} />
      </label>
      <button type="submit" className="no-print" disabled={!formState.isDirty || save.isPending}>
        {t('household.save')}
      </button>
    </form>
  );
}

export function HouseholdFilePage({ param }: { param: string }) {
  const { t } = useTranslation();
  const notify = useToast();
  const id = Number(param);
  const file = useApiQuery('households.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const overview = useApiQuery('overview.get', {});
  const operators = useApiQuery('operators.list', {});
  const [editing, setEditing] = useState<ResidentView | 'new' | null>(null);
  const [moving, setMoving] = useState<ResidentView | null>(null);
  const today = overview.data?.today ?? '';
  if (!(Number.isInteger(id) && id > 0)) return <p className="error-box">{t('household.notFound')}</p>;
  return (
    <QueryState query={file}>
      {(f) => {
        const h = f.household;
        const address = [h.building, h.unit, h.room].filter(Boolean).join(' ');
        const who =
          operators.data?.find((o) => o.id === Number(localStorage.getItem('gatepost.operatorId')))?.name ??
          '';
        return (
          <div className="household print-area">
            <div className="print-only print-title">
              {overview.data?.compound.name} · {t('household.title')} · {address}
            </div>
            <div className="toolbar no-print">
              <a href="#/buildings">← {t('household.back')}</a>
              <button
                type="button"
                onClick={() =>
                  void printView(`户档案-${address}`).catch((e: Error) => notify(e.message, 'error'))
                }
              >
                {t('household.print')}
              </button>
            </div>
            <section className="card">
              <h2 className="household-address" data-testid="household-address">
                {address}
                <span className={`pill status-${h.regStatus}`}>{t(`regStatus.${h.regStatus}`)}</span>
              </h2>
              <HouseholdForm key={h.id} file={f} />
            </section>
            <section className="card">
              <div className="section-head">
                <h3>{t('household.members', { count: f.residents.length })}</h3>
                <button type="button" className="no-print" onClick={() => setEditing('new')}>
                  ＋ {t('household.addMember')}
                </button>
              </div>
              <MembersTable members={f.residents} onEdit={setEditing} onMove={setMoving} />
            </section>
            <SourcesPanel file={f} today={today} />
            <section className="card history">
              <h3>{t('household.history')}</h3>
              <ul className="plain">
                {f.events.map((e) => (
                  <li key={e.id}>
                    <span className="muted nowrap">{formatInstant(e.at)}</span> {e.operatorName}：{e.summary}
                  </li>
                ))}
              </ul>
            </section>
            <p className="print-only muted">
              {t('household.printedAt', { at: formatInstant(new Date().toISOString()), who })}
            </p>
            {editing && (
              <MemberDialog
                householdId={h.id}
                member={editing === 'new' ? null : editing}
                onClose={() => setEditing(null)}
              />
            )}
            {moving && <MoveDialog member={moving} onClose={() => setMoving(null)} />}
          </div>
        );
      }}
    </QueryState>
  );
}
