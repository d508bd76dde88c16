import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { type MemberRow, Pin } from '../../../../electron/api/team/contract';
import { type ApiCallError, useApiMutation } from '../../api/hooks';
import { setOperatorId } from '../../app/operator';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { useDialog } from '../../components/useDialog';

const pinField = z.union([z.literal(''), Pin]);
const OwnPin = z
  .object({ oldPin: pinField, newPin: Pin, again: z.string() })
  .refine((v) => v.newPin === v.again, { path: ['again'], message: 'mismatch' });
type OwnPinForm = z.input<typeof OwnPin>;

function Modal({
  title,
  onClose,
  children,
}: {
  title: string;
  onClose: () => void;
  children: React.ReactNode;
}) {
  const dialog = useDialog<HTMLDivElement>(onClose);
  return (
    <div className="modal-backdrop">
      <div ref={dialog} className="modal pin-modal" role="dialog" aria-modal="true" aria-label={title}>
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

/** The header's "my PIN": set one, or change it with the old one. */
export function MyPinButton({ me }: { me: MemberRow }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link" onClick={() => setOpen(true)}>
        {me.hasPin ? t('pin.change') : t('pin.set')}
      </button>
      {open && <OwnPinDialog me={me} onClose={() => setOpen(false)} />}
    </>
  );
}

function OwnPinDialog({ me, onClose }: { me: MemberRow; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const save = useApiMutation('team.setPin', { toastErrors: false });
  const [refusal, setRefusal] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<OwnPinForm>({
    resolver: worded(zodResolver(OwnPin)),
    defaultValues: { oldPin: '', newPin: '', again: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      const r = await save.mutateAsync({
        memberId: me.id,
        newPin: v.newPin,
        ...(v.oldPin ? { oldPin: v.oldPin } : {}),
      });
      setOperatorId(r.member.id, r.token);
      notify(t('pin.saved'), 'success');
      onClose();
    } catch (e) {
      setRefusal((e as ApiCallError).message);
    }
  });
  const err = (f: keyof OwnPinForm) =>
    formState.errors[f] && (
      <em className="field-error">{t(f === 'again' ? 'pin.mismatch' : 'signin.pinFormat')}</em>
    );
  return (
    <Modal title={me.hasPin ? t('pin.change') : t('pin.set')} onClose={onClose}>
      <form className="pin-form" onSubmit={(e) => void submit(e)} noValidate>
        <p className="muted small">{t('pin.hint')}</p>
        {me.hasPin && (
          <label className="field">
            <span>{t('pin.old')}</span>
            <input {...register('oldPin')} type="password" inputMode="numeric" maxLength={6} autoFocus />
            {err('oldPin')}
          </label>
        )}
        <label className="field">
          <span>{t('pin.new')}</span>
          <input
            {...register('newPin')}
            type="password"
            inputMode="numeric"
            maxLength={6}
            autoFocus={!me.hasPin}
          />
          {err('newPin')}
        </label>
        <label className="field">
          <span>{t('pin.again')}</span>
          <input {...register('again')} type="password" inputMode="numeric" maxLength={6} />
          {err('again')}
        </label>
        {refusal && (
          <p className="error-box" role="alert">
            {refusal}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={save.isPending}>
            {t('pin.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** team.resetPin's new PIN, or blank: no PIN (they set their own). */
const ResetInput = z.object({ newPin: pinField });
type ResetForm = z.input<typeof ResetInput>;

/** The commander's reset of someone's PIN: clear it (they set their own) or give a new one. */
export function ResetPinButton({ member }: { member: MemberRow }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="link" onClick={() => setOpen(true)}>
        {t('pin.reset')}
      </button>
      {open && <ResetPinDialog member={member} onClose={() => setOpen(false)} />}
    </>
  );
}

function ResetPinDialog({ member, onClose }: { member: MemberRow; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const reset = useApiMutation('team.resetPin', { toastErrors: false });
  const { register, handleSubmit, formState, setError, watch } = useForm<ResetForm>({
    resolver: worded(zodResolver(ResetInput)),
    defaultValues: { newPin: '' },
  });
  const submit = handleSubmit(async ({ newPin }) => {
    try {
      await reset.mutateAsync({ memberId: member.id, ...(newPin ? { newPin } : {}) });
      notify(t('pin.resetDone', { name: member.name }), 'success');
      onClose();
    } catch (e) {
      if (!landServerErrors(e, setError, ['newPin']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <Modal title={t('pin.resetTitle', { name: member.name })} onClose={onClose}>
      <form className="pin-form" onSubmit={(ev) => void submit(ev)} noValidate>
        <p className="muted small">{t('pin.resetHint')}</p>
        <label className="field">
          <span>{t('pin.newOptional')}</span>
          <input
            {...register('newPin')}
            type="password"
            inputMode="numeric"
            maxLength={6}
            autoFocus
            aria-invalid={!!e.newPin}
          />
          {e.newPin && <em className="field-error">{e.newPin.message}</em>}
        </label>
        {e.root?.server && (
          <p className="error-box" role="alert">
            {e.root.server.message}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={reset.isPending}>
            {watch('newPin') ? t('pin.resetTo') : t('pin.clear')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
