import { zodResolver } from '@hookform/resolvers/zod';
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { OCCUPANCY, REG_STATUS } from '../../../../db/schema/enums';
import { type HouseholdFile, HouseholdUpdate } from '../../../../electron/api/households/contract';
import type { ResidentView } from '../../../../electron/api/residents/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { printView } from '../../api/client';
import { ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { useRouteQuery } from '../../app/route';
import { ConflictPanel, staleSave } from '../../components/ConflictPanel';
import { landServerErrors, worded } from '../../components/form';
import { QueryState } from '../../components/QueryState';
import { useToast } from '../../components/Toast';
import { wordStored, wordWho } from '../../i18n/words';
import { MemberDialog } from './MemberDialog';
import { MembersTable } from './MembersTable';
import { MoveDialog } from './MoveDialog';
import { SourcesPanel } from './SourcesPanel';

type Form = z.input<typeof HouseholdUpdate>;

const formValues = (h: HouseholdFile['household']): Form => ({
  id: h.id,
  householderName: h.householderName,
  phone: h.phone,
  occupancy: h.occupancy,
  regStatus: h.regStatus,
  notes: h.notes,
  version: h.version,
});

function HouseholdForm({
  file,
  reload,
}: {
  file: HouseholdFile;
  /** Read the file again and start this form afresh from it (the page remounts the form). */
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  const save = useApiMutation('households.update', { toastErrors: false });
  const [conflict, setConflict] = useState<ApiCallError | null>(null);
  const [reloading, setReloading] = useState(false);
  const h = file.household;
  const { register, handleSubmit, formState, setError } = useForm<Form>({
    resolver: worded(zodResolver(HouseholdUpdate)),
    // Follows the saved household without wiping what is being typed.
    resetOptions: { keepDirtyValues: true },
    values: formValues(h),
  });
  // The version the typing started from: a background refresh must not move it under unsaved changes,
  // or a save would quietly overwrite what someone else saved meanwhile.
  const readAt = useRef(h.version);
  if (!formState.isDirty && !conflict) readAt.current = h.version;
  const submit = handleSubmit(async (v) => {
    try {
      const saved = await save.mutateAsync({ ...v, version: readAt.current });
      readAt.current = saved.household.version;
      setConflict(null);
      notify(t('household.saved'), 'success');
    } catch (e) {
      const stale = staleSave(e);
      if (stale) return setConflict(stale);
      if (!(e instanceof ApiCallError)) throw e;
      // Field errors go beside their fields; anything else is a toast.
      const fields = ['householderName', 'phone', 'occupancy', 'regStatus', 'notes'];
      if (!landServerErrors(e, setError, fields)) notify(e.message, 'error');
    }
  });
  const reloadNow = async () => {
    setReloading(true);
    await reload().catch((e: Error) => {
      setReloading(false);
      notify(e.message, 'error');
    });
  };
  const label = (f: string) => (f === 'householderName' ? t('household.householder') : t(`household.${f}`));
  const show = (f: string, v: unknown) =>
    (f === 'occupancy' || f === 'regStatus') && typeof v === 'string' ? t(`${f}.${v}`) : null;
  return (
    <>
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
        <button
          type="submit"
          className="no-print"
          disabled={!formState.isDirty || save.isPending || conflict !== null}
        >
          {t('household.save')}
        </button>
      </form>
      {conflict && (
        <ConflictPanel
          error={conflict}
          label={label}
          show={show}
          onReload={() => void reloadNow()}
          reloading={reloading}
        />
      )}
    </>
  );
}

/**
 * Back to where the file was opened from: a search (its words and results, kept in its address)
 * or the visit progress; the buildings board otherwise.
 */
function BackLink() {
  const { t } = useTranslation();
  const from = useRouteQuery().get('from') ?? '';
  const [to, words] = /^search(\?|$)/.test(from)
    ? [from, t('household.backToSearch')]
    : from === 'progress'
      ? [from, t('household.backToProgress')]
      : ['buildings', t('household.back')];
  return <a href={`#/${to}`}>← {words}</a>;
}

export function HouseholdFilePage({ param }: { param: string }) {
  const { t } = useTranslation();
  const notify = useToast();
  const id = Number(param);
  const file = useApiQuery('households.get', { id }, { enabled: Number.isInteger(id) && id > 0 });
  const session = useApiQuery('session.get', {});
  const operators = useApiQuery('team.list', {});
  const [editing, setEditing] = useState<ResidentView | 'new' | null>(null);
  const [moving, setMoving] = useState<ResidentView | null>(null);
  // Bumped by 重新载入 after a stale save: the household form starts afresh, keeping nothing typed.
  const [generation, setGeneration] = useState(0);
  const reload = async () => {
    const r = await file.refetch();
    if (r.error) throw r.error;
    setGeneration((g) => g + 1);
    notify(t('conflict.reloaded'), 'success');
  };
  const today = session.data?.today ?? '';
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
              {session.data?.compound.name} · {t('household.title')} · {address}
            </div>
            <div className="toolbar no-print">
              <BackLink />
              <button
                type="button"
                onClick={() =>
                  void printView(t('household.printFile', { address })).catch((e: Error) =>
                    notify(e.message, 'error'),
                  )
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
              <HouseholdForm key={`${h.id}-${generation}`} file={f} reload={reload} />
            </section>
            <section className="card">
              <div className="section-head">
                <h3>{t('household.members', { count: f.residents.length })}</h3>
                <button type="button" className="no-print" onClick={() => setEditing('new')}>
                  {t('punct.plus')} {t('household.addMember')}
                </button>
              </div>
              <MembersTable members={f.residents} onEdit={setEditing} onMove={setMoving} />
            </section>
            <SourcesPanel file={f} today={today} />
            <section className="card history">
              <h3>{t('household.history')}</h3>
              <ul className="plain">
                {f.events.map((e) => (
                  <li key={e.id} data-testid="household-event">
                    <span className="muted nowrap">{formatInstant(e.at)}</span> {wordWho(e.operatorName)}
                    {t('punct.colon')}
                    {wordStored(e)}
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
