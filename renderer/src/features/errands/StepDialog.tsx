import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { errandsContract } from '../../../../electron/api/errands/contract';
import { msg } from '../../../../electron/api/shared/reason';
import { ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import type { Errand, StepKey } from './ErrandPage';
import { errandNo, yuanToFen } from './words';

const Input = errandsContract['errands.step'].input;
/** What a person fills; the errand, the state it was seen in and the step come from the page. */
const Filled = Input.pick({
  amountFen: true,
  shop: true,
  receiptNo: true,
  deliveredTo: true,
  collectedFen: true,
  duplicateOf: true,
  note: true,
});
type Form = z.input<typeof Filled>;
const FIELDS = [
  'amountFen',
  'shop',
  'receiptNo',
  'deliveredTo',
  'collectedFen',
  'duplicateOf',
  'note',
] as const;

/** The errand moved on since the page was read: say so and show it as it is now. */
export const MOVED = ['errand_moved_on', 'errand_runner_moved_on'];

/** A cancellation says why, a duplicate says of which errand (the server checks it too). */
const schemaFor = (step: StepKey) =>
  step === 'cancelled'
    ? Filled.refine((v) => (v.note ?? '').trim() !== '', { path: ['note'], message: msg('reason_required') })
    : step === 'duplicate'
      ? Filled.refine((v) => !!v.duplicateOf, { path: ['duplicateOf'], message: msg('required') })
      : Filled;

/**
 * One step of an errand's life, sent with `from` = the state shown. A CONFLICT (the errand moved on
 * meanwhile: another operator, a second tap) says so and reloads the errand.
 */
export function StepDialog({
  e,
  step,
  onDone,
  reload,
}: {
  e: Errand;
  step: StepKey;
  onDone: () => void;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  const send = useApiMutation('errands.step', { toastErrors: false });
  const same = useApiQuery(
    'errands.list',
    { scope: 'all', householdId: e.householdId, limit: 50 },
    { enabled: step === 'duplicate' },
  );
  const { register, handleSubmit, setError, formState } = useForm<Form>({
    resolver: worded(zodResolver(schemaFor(step))),
    defaultValues: { shop: '', receiptNo: '', deliveredTo: '', note: '' },
  });
  const title = t('errands.stepTitle', { step: t(`errands.step.${step}`), no: errandNo(e.no) });
  const submit = handleSubmit(async (v) => {
    try {
      await send.mutateAsync({ ...v, id: e.id, from: e.state, step });
      notify(t('errands.done', { no: errandNo(e.no), state: t(`errandState.${step}`) }), 'success');
      onDone();
    } catch (err) {
      if (err instanceof ApiCallError && MOVED.includes(err.reason.code)) {
        notify(`${err.message}${t('errands.reloaded')}`, 'error');
        reload();
        onDone();
      } else if (!landServerErrors(err, setError, FIELDS))
        setError('root.server', { message: (err as Error).message });
    }
  });
  const er = formState.errors;
  const field = (name: (typeof FIELDS)[number], label: string, extra: Record<string, unknown> = {}) => (
    <label className="field">
      <span>{label}</span>
      <input {...register(name, extra)} aria-invalid={!!er[name]} />
      {er[name] && <em className="field-error">{er[name]?.message}</em>}
    </label>
  );
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('errands.confirm')}
      submitting={formState.isSubmitting}
    >
      {step === 'bought' && (
        <div className="grid-3">
          {field('amountFen', t('errands.amountYuan'), { setValueAs: yuanToFen })}
          {field('shop', t('errands.shop'))}
          {field('receiptNo', t('errands.receiptNo'))}
        </div>
      )}
      {step === 'delivered' && (
        <div className="grid-2">
          {field('deliveredTo', t('errands.deliveredTo'))}
          {e.payer === 'household' &&
            field('collectedFen', t('errands.collectedYuan'), { setValueAs: yuanToFen })}
        </div>
      )}
      {step === 'duplicate' && (
        <label className="field">
          <span>{t('errands.duplicateWhich')}</span>
          <select
            {...register('duplicateOf', { setValueAs: (v) => v || undefined })}
            aria-invalid={!!er.duplicateOf}
          >
            <option value="">{t('errands.chooseErrand')}</option>
            {same.data?.rows
              .filter((r) => r.id !== e.id)
              .map((r) => (
                <option key={r.id} value={r.id}>
                  {errandNo(r.no)} · {t(`errandState.${r.state}`)} · {r.summary}
                </option>
              ))}
          </select>
          {er.duplicateOf && <em className="field-error">{er.duplicateOf.message}</em>}
        </label>
      )}
      {field(
        'note',
        step === 'cancelled'
          ? t('errands.reason')
          : step === 'no_answer'
            ? t('errands.callBack')
            : t('errands.note'),
      )}
      {er.root?.server && (
        <p className="error-box" role="alert">
          {er.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
