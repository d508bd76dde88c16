/**
 * What is done about a guest after the fact, each a react-hook-form with its method's own schema:
 * handling a need (what was done), reopening one handled by mistake, undoing a release by mistake,
 * handling a fever alert. A reversal always asks for its reason.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { type ReactNode, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { FEVER_ACTIONS, NEED_DONE, type NEED_KINDS } from '../../../../db/schema/enums';
import { hotelsContract } from '../../../../electron/api/hotels/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useDialog } from '../../components/useDialog';
import { Err, Shell } from './FormShell';
import { type HandleNeedValues, likelyItem, NeedGiveFields } from './NeedGive';

type Props = { onDone: () => void; onCancel: () => void };

/** A modal dialog around one of these forms. */
export function CareDialog({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const dialog = useDialog<HTMLDivElement>(onClose);
  return (
    <div className="modal-backdrop">
      <div ref={dialog} className="modal" role="dialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

const HandleNeedInput = hotelsContract['hotels.handleNeed'].input;
/** A need handled: what was done, and — for alcohol, a thermometer, masks … — what was given from stock. */
export function HandleNeedForm({
  needId,
  kind,
  hotel,
  onDone,
  onCancel,
}: Props & {
  needId: number;
  kind: (typeof NEED_KINDS)[number];
  hotel: { id: number; name: string } | null;
}) {
  const { t } = useTranslation();
  const save = useApiMutation('hotels.handleNeed', { toastErrors: false });
  const items = useApiQuery('stock.items', {});
  const [fromStock, setFromStock] = useState(false);
  const { register, handleSubmit, formState, setError, control, setValue } = useForm<HandleNeedValues>({
    resolver: worded(zodResolver(HandleNeedInput)),
    defaultValues: { needId, done: '' as never, note: '' },
  });
  const toggle = (on: boolean) => {
    setFromStock(on);
    if (on) {
      setValue('done', 'delivered');
      setValue('give', {
        place: { kind: 'store' },
        lines: [{ itemId: likelyItem(kind, items.data ?? []), qty: 1 }],
      });
    } else setValue('give', undefined);
  };
  const submit = handleSubmit(async (v) => {
    try {
      await save.mutateAsync(v);
      onDone();
    } catch (e) {
      if (
        !landServerErrors(e, setError, [
          'done',
          'note',
          'give.lines.0.qty',
          'give.lines.1.qty',
          'give.lines.2.qty',
        ])
      )
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <Shell
      confirm={t('careConfirm.handleNeed')}
      errors={e}
      pending={save.isPending}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <label className="field">
        <span>{t('care.whatWasDone')}</span>
        <select {...register('done')} aria-invalid={!!e.done}>
          <option value="">{t('care.choose')}</option>
          {NEED_DONE.map((d) => (
            <option key={d} value={d}>
              {t(`needDone.${d}`)}
            </option>
          ))}
        </select>
        <Err message={e.done?.message} />
      </label>
      <label className="field">
        <span>{t('care.note')}</span>
        <input {...register('note')} />
        <Err message={e.note?.message} />
      </label>
      {(items.data?.length ?? 0) > 0 && (
        <label className="field inline give-toggle">
          <input type="checkbox" checked={fromStock} onChange={(ev) => toggle(ev.target.checked)} />
          <span>{t('give.fromStock')}</span>
        </label>
      )}
      {fromStock && (
        <NeedGiveFields control={control} register={register} errors={e} hotel={hotel} setValue={setValue} />
      )}
    </Shell>
  );
}

const HandleFeverInput = hotelsContract['hotels.handleFever'].input;
export function HandleFeverForm({ contactId, onDone, onCancel }: Props & { contactId: number }) {
  const { t } = useTranslation();
  const save = useApiMutation('hotels.handleFever', { toastErrors: false });
  const { register, handleSubmit, formState, setError } = useForm<z.input<typeof HandleFeverInput>>({
    resolver: worded(zodResolver(HandleFeverInput)),
    defaultValues: { contactId, action: '' as never, note: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await save.mutateAsync(v);
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, ['action', 'note']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <Shell
      confirm={t('careConfirm.handleFever')}
      errors={e}
      pending={save.isPending}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <label className="field">
        <span>{t('care.whatWasDone')}</span>
        <select {...register('action')} aria-invalid={!!e.action}>
          <option value="">{t('care.choose')}</option>
          {FEVER_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`feverAction.${a}`)}
            </option>
          ))}
        </select>
        <Err message={e.action?.message} />
      </label>
      <label className="field">
        <span>{t('care.note')}</span>
        <input {...register('note')} />
        <Err message={e.note?.message} />
      </label>
    </Shell>
  );
}

const ReopenInput = hotelsContract['hotels.reopenNeed'].input;
export function ReopenNeedForm({ needId, onDone, onCancel }: Props & { needId: number }) {
  const { t } = useTranslation();
  const save = useApiMutation('hotels.reopenNeed', { toastErrors: false });
  const { register, handleSubmit, formState, setError } = useForm<z.input<typeof ReopenInput>>({
    resolver: worded(zodResolver(ReopenInput)),
    defaultValues: { needId, reason: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await save.mutateAsync(v);
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, ['reason']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  return (
    <Shell
      confirm={t('careConfirm.reopenNeed')}
      errors={formState.errors}
      pending={save.isPending}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <label className="field span-2">
        <span>{t('care.undoReason')}</span>
        <input {...register('reason')} aria-invalid={!!formState.errors.reason} />
        <Err message={formState.errors.reason?.message} />
      </label>
    </Shell>
  );
}

const UndoReleaseInput = hotelsContract['hotels.undoRelease'].input;
export function UndoReleaseForm({ stayId, onDone, onCancel }: Props & { stayId: number }) {
  const { t } = useTranslation();
  const save = useApiMutation('hotels.undoRelease', { toastErrors: false });
  const { register, handleSubmit, formState, setError } = useForm<z.input<typeof UndoReleaseInput>>({
    resolver: worded(zodResolver(UndoReleaseInput)),
    defaultValues: { stayId, reason: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await save.mutateAsync(v);
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, ['reason']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  return (
    <Shell
      confirm={t('careConfirm.undoRelease')}
      errors={formState.errors}
      pending={save.isPending}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <label className="field span-2">
        <span>{t('care.undoReason')}</span>
        <input {...register('reason')} aria-invalid={!!formState.errors.reason} />
        <Err message={formState.errors.reason?.message} />
      </label>
    </Shell>
  );
}
