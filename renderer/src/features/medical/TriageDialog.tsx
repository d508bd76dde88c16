import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type MEDICAL_KINDS, TRIAGE_ACTIONS } from '../../../../db/schema/enums';
import { medicalContract } from '../../../../electron/api/health/medical-contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';

const Input = medicalContract['medical.triage'].input.omit({ id: true });
type Form = z.input<typeof Input>;
const FIELDS = [
  'action',
  'advice',
  'followUpOn',
  'daysSupply',
  'stockLines',
  'errand.what',
  'errand.qty',
] as const;
const num = (v: unknown) => (v === '' || v === null || v === undefined ? undefined : Number(v));
const day = (v: unknown) => (v === '' ? undefined : v);

/**
 * The community doctor's triage of a request: advice by phone, medicine delivered (lines from the
 * stock, or an errand for the household), a home visit, the fever clinic, the ambulance (120).
 * `requestId` is the request, or how to make it first (a fever alert acted on).
 */
export function TriageDialog({
  title,
  detail,
  requestId,
  kind,
  name,
  onDone,
}: {
  title: string;
  /** What the doctor reads before choosing: the place, the phone, the readings or the note. */
  detail: string;
  requestId: string | (() => Promise<string>);
  kind: (typeof MEDICAL_KINDS)[number];
  name: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  const triage = useApiMutation('medical.triage', { toastErrors: false });
  const items = useApiQuery('stock.items', {});
  const [delivery, setDelivery] = useState<'stock' | 'errand'>('stock');
  const { register, control, handleSubmit, watch, setError, setValue, formState } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: {
      action:
        kind === 'fever'
          ? 'fever_clinic'
          : kind === 'medicine' || kind === 'chronic'
            ? 'medicine_delivered'
            : 'phone_advice',
      advice: '',
    },
  });
  const lines = useFieldArray({ control, name: 'stockLines' });
  // What the chosen action or delivery does not use is dropped, so the schema checks only what is sent.
  const deliverBy = (how: 'stock' | 'errand' | null) => {
    setDelivery(how ?? 'stock');
    if (how !== 'stock') lines.replace([]);
    if (how !== 'errand') setValue('errand', undefined);
    if (how === null) setValue('daysSupply', undefined);
  };
  const action = watch('action');
  const medicine = action === 'medicine_delivered';
  const medical = (items.data ?? []).filter((i) => i.category === 'medical');
  const choices = medical.length > 0 ? medical : (items.data ?? []);
  const submit = handleSubmit(async (v) => {
    const sent = {
      action: v.action,
      advice: v.advice,
      ...(v.followUpOn ? { followUpOn: v.followUpOn } : {}),
      ...(medicine && v.daysSupply ? { daysSupply: v.daysSupply } : {}),
      ...(medicine && delivery === 'stock' && v.stockLines?.length ? { stockLines: v.stockLines } : {}),
      ...(medicine && delivery === 'errand' && v.errand ? { errand: v.errand } : {}),
    };
    try {
      const id = typeof requestId === 'string' ? requestId : await requestId();
      await triage.mutateAsync({ id, ...sent });
      notify(t('medical.triaged', { name }), 'success');
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, FIELDS)) setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('medical.triage')}
      submitting={formState.isSubmitting}
      wide
    >
      <p className="muted">{detail}</p>
      <div className="grid-2">
        <label className="field">
          <span>{t('medical.action')}</span>
          <select
            {...register('action', {
              onChange: (ev: { target: { value: string } }) => {
                if (ev.target.value !== 'medicine_delivered') deliverBy(null);
              },
            })}
            autoFocus
          >
            {TRIAGE_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`triageAction.${a}`)}
              </option>
            ))}
          </select>
          {e.action && <em className="field-error">{e.action.message}</em>}
        </label>
        <label className="field">
          <span>{t('medical.followUpOn')}</span>
          <input type="date" {...register('followUpOn', { setValueAs: day })} />
          {e.followUpOn && <em className="field-error">{e.followUpOn.message}</em>}
        </label>
      </div>
      <label className="field">
        <span>{t('medical.advice')}</span>
        <input {...register('advice')} />
        {e.advice && <em className="field-error">{e.advice.message}</em>}
      </label>
      {medicine && (
        <fieldset className="field delivery">
          <legend>{t('medical.delivery')}</legend>
          <div className="row">
            <label>
              <input type="radio" checked={delivery === 'stock'} onChange={() => deliverBy('stock')} />{' '}
              {t('medical.fromStock')}
            </label>
            <label>
              <input type="radio" checked={delivery === 'errand'} onChange={() => deliverBy('errand')} />{' '}
              {t('medical.byErrand')}
            </label>
            <label className="field inline">
              <span>{t('medical.daysSupply')}</span>
              <input type="number" min={1} max={180} {...register('daysSupply', { setValueAs: num })} />
            </label>
          </div>
          {delivery === 'stock' ? (
            <>
              {lines.fields.map((f, i) => (
                <div className="row" key={f.id}>
                  <select
                    {...register(`stockLines.${i}.itemId`)}
                    aria-label={`${t('medical.item')} ${i + 1}`}
                  >
                    <option value="">—</option>
                    {choices.map((it) => (
                      <option key={it.id} value={it.id}>
                        {it.name}
                        {t('punct.open')}
                        {it.unit}
                        {t('punct.close')} {it.onHand}
                      </option>
                    ))}
                  </select>
                  <input
                    type="number"
                    min={1}
                    {...register(`stockLines.${i}.qty`, { setValueAs: num })}
                    aria-label={`${t('medical.qty')} ${i + 1}`}
                  />
                  <button type="button" onClick={() => lines.remove(i)}>
                    {t('medical.removeLine')}
                  </button>
                  {e.stockLines?.[i] && (
                    <em className="field-error">
                      {e.stockLines[i]?.itemId?.message ?? e.stockLines[i]?.qty?.message}
                    </em>
                  )}
                </div>
              ))}
              <button type="button" onClick={() => lines.append({ itemId: '', qty: 1 })}>
                {t('medical.addLine')}
              </button>
            </>
          ) : (
            <div className="row">
              <label className="field wide">
                <span>{t('medical.errandWhat')}</span>
                <input {...register('errand.what')} />
                {e.errand?.what && <em className="field-error">{e.errand.what.message}</em>}
              </label>
              <label className="field narrow">
                <span>{t('medical.qty')}</span>
                <input type="number" min={1} {...register('errand.qty', { setValueAs: num })} />
                {e.errand?.qty && <em className="field-error">{e.errand.qty.message}</em>}
              </label>
            </div>
          )}
        </fieldset>
      )}
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
