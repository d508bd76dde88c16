import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Out } from '../../../../electron/api/contract';
import { errandsContract } from '../../../../electron/api/errands/contract';
import { ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { useDialog } from '../../components/useDialog';
import type { Errand } from './ErrandPage';
import { MOVED } from './StepDialog';
import { errandNo } from './words';

const Input = errandsContract['errands.assign'].input;
const Filled = Input.pick({ runnerId: true, note: true });
type Runner = Out<'errands.runners'>['runners'][number];
type Form = z.input<typeof Filled>;

/** Give the errand to a runner, or to another one; sent with `from` = the state shown. */
export function AssignDialog({ e, onDone, reload }: { e: Errand; onDone: () => void; reload: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const dialog = useDialog<HTMLFormElement>(onDone);
  const assign = useApiMutation('errands.assign', { toastErrors: false });
  const found = useApiQuery('errands.runners', { buildingId: e.buildingId });
  const all = found.data?.runners ?? [];
  // Those who cover the building first; within each, who is on duty now, then the fewest open errands.
  const order = (a: Runner, b: Runner) =>
    Number(b.onDuty) - Number(a.onDuty) || a.openErrands - b.openErrands;
  const covering = all.filter((m) => m.covers).sort(order);
  const others = all.filter((m) => !m.covers).sort(order);
  const first = [...covering, ...others].find((m) => m.id !== e.runnerId);
  const { register, handleSubmit, setError, setValue, watch, formState } = useForm<Form>({
    resolver: worded(zodResolver(Filled)),
    values: { runnerId: first?.id as number, note: '' },
    resetOptions: { keepDirtyValues: true },
  });
  const title = `${t(e.runnerId !== null ? 'errands.reassign' : 'errands.assign')} ${errandNo(e.no)}`;
  const submit = handleSubmit(async (v) => {
    try {
      await assign.mutateAsync({ ...v, id: e.id, from: e.state, fromRunnerId: e.runnerId });
      const runner = all.find((m) => m.id === v.runnerId)?.name ?? '';
      notify(t('errands.assigned', { runner, no: errandNo(e.no) }), 'success');
      onDone();
    } catch (err) {
      if (err instanceof ApiCallError && MOVED.includes(err.reason.code)) {
        notify(`${err.message}${t('errands.reloaded')}`, 'error');
        reload();
        onDone();
      } else if (!landServerErrors(err, setError, ['runnerId', 'note']))
        setError('root.server', { message: (err as Error).message });
    }
  });
  const er = formState.errors;
  const chosen = watch('runnerId');
  const group = (label: string, people: Runner[]) =>
    people.length > 0 && (
      <fieldset className="runner-group">
        <legend>{label}</legend>
        {people.map((m) => (
          <label key={m.id} className="check">
            <input
              type="radio"
              name="runnerId"
              checked={chosen === m.id}
              onChange={() => setValue('runnerId', m.id, { shouldDirty: true, shouldValidate: true })}
            />
            {m.name}
            {m.id === e.runnerId && <span className="badge">{t('errands.current')}</span>}
            {m.onDuty && <span className="badge ok">{t('errands.onDuty')}</span>}
            <span className="muted small">
              {t('errands.runnerLoad', { count: m.openErrands })}
              {m.buildings.length > 0 && ` · ${m.buildings.join(t('punct.list'))}`} · {m.phone}
            </span>
          </label>
        ))}
      </fieldset>
    );
  return (
    <div className="modal-backdrop">
      <form
        ref={dialog}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onSubmit={(ev) => void submit(ev)}
        noValidate
      >
        <h2>{title}</h2>
        {found.data && all.length === 0 && <p className="muted">{t('errands.noRunners')}</p>}
        {group(t('errands.coversBuilding', { building: e.building }), covering)}
        {group(covering.length ? t('errands.otherRunners') : t('errands.pickRunner'), others)}
        {er.runnerId && <em className="field-error">{er.runnerId.message}</em>}
        <label className="field">
          <span>{t('errands.note')}</span>
          <input {...register('note')} />
        </label>
        {er.root?.server && (
          <p className="error-box" role="alert">
            {er.root.server.message}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={formState.isSubmitting || !found.data}>
            {t('errands.confirm')}
          </button>
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
