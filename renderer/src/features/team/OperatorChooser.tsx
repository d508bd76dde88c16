import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { TEAM_ROLES } from '../../../../db/schema/enums';
import { type MemberRow, Pin, SaveMember } from '../../../../electron/api/team/contract';
import { type ApiCallError, useApiMutation } from '../../api/hooks';
import { askForPin, getSession, pinAsked, setOperatorId } from '../../app/operator';
import { worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { useDialog } from '../../components/useDialog';

/** Who may be chosen: active members who may operate the laptop. */
export const operatorsOf = (team: MemberRow[]) => team.filter((m) => m.active && m.canOperate);

/** Shown at start until someone says who is on duty; asks for the PIN of a member who has one. */
export function OperatorChooser({ team }: { team: MemberRow[] }) {
  const { t } = useTranslation();
  const dialog = useDialog<HTMLDivElement>();
  const active = operatorsOf(team);
  const [asking, setAsking] = useState<MemberRow | null>(
    () => active.find((m) => m.id === pinAsked() && m.hasPin) ?? null,
  );
  useEffect(() => askForPin.forget(), []);
  const pinsInUse = active.some((m) => m.hasPin);
  return (
    <div className="modal-backdrop">
      <div ref={dialog} className="modal" role="dialog" aria-modal="true" aria-labelledby="chooser-title">
        <h2 id="chooser-title">{t('operator.choose')}</h2>
        {asking ? (
          <PinForm member={asking} onBack={() => setAsking(null)} />
        ) : (
          <>
            <p className="muted">{t('operator.chooseHint')}</p>
            {active.length === 0 ? (
              <p>{t('operator.none')}</p>
            ) : (
              <div className="operator-grid">
                {active.map((o) => (
                  <button
                    key={o.id}
                    type="button"
                    className="operator-card"
                    onClick={() => (o.hasPin ? setAsking(o) : setOperatorId(o.id))}
                  >
                    <strong>{o.name}</strong>
                    <span>
                      {t(`roles.${o.role}`)}
                      {o.hasPin && ` · ${t('signin.needsPin')}`}
                    </span>
                  </button>
                ))}
              </div>
            )}
            {pinsInUse ? <p className="muted small">{t('signin.addAfterSignIn')}</p> : <AddOperatorForm />}
          </>
        )}
      </div>
    </div>
  );
}

const PinInput = z.object({ pin: Pin });

function PinForm({ member, onBack }: { member: MemberRow; onBack: () => void }) {
  const { t } = useTranslation();
  const signIn = useApiMutation('team.signIn', { toastErrors: false });
  const [refusal, setRefusal] = useState<string | null>(null);
  const { register, handleSubmit, formState, setValue, setFocus } = useForm<z.input<typeof PinInput>>({
    resolver: worded(zodResolver(PinInput)),
    defaultValues: { pin: '' },
  });
  const submit = handleSubmit(async ({ pin }) => {
    try {
      const r = await signIn.mutateAsync({ memberId: member.id, pin });
      setOperatorId(r.member.id, r.token);
    } catch (e) {
      // Worded from its code in the screen's language: a wrong PIN says how many tries are left, a
      // lock for how long.
      setRefusal((e as ApiCallError).message);
      setValue('pin', '');
      setFocus('pin');
    }
  });
  const fieldError = formState.errors.pin && t('signin.pinFormat');
  return (
    <form className="pin-form" onSubmit={(e) => void submit(e)} noValidate>
      <p>
        <strong>{member.name}</strong>
        {t('punct.open')}
        {t(`roles.${member.role}`)}
        {t('punct.close')}
      </p>
      <label className="field">
        <span>{t('signin.enterPin')}</span>
        <input
          {...register('pin')}
          type="password"
          inputMode="numeric"
          autoComplete="off"
          maxLength={6}
          autoFocus
          aria-invalid={!!fieldError || !!refusal}
        />
        {fieldError && <em className="field-error">{fieldError}</em>}
      </label>
      {refusal && (
        <p className="error-box" role="alert">
          {refusal}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {t('signin.signIn')}
        </button>
        <button type="button" onClick={onBack}>
          {t('signin.back')}
        </button>
      </div>
      <p className="muted small">{t('signin.forgot')}</p>
    </form>
  );
}

const NewOperator = SaveMember.pick({ name: true, role: true });
type Form = z.input<typeof NewOperator>;

function AddOperatorForm() {
  const { t } = useTranslation();
  const add = useApiMutation('team.save');
  const { register, handleSubmit, formState } = useForm<Form>({
    resolver: worded(zodResolver(NewOperator)),
    defaultValues: { name: '', role: 'community_cadre' },
  });
  const submit = handleSubmit(async (values) => {
    const row = await add.mutateAsync({ ...values, canOperate: true });
    setOperatorId(row.id);
  });
  return (
    <form className="add-operator" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('operator.add')}</h3>
      <div className="row">
        <label className="field">
          <span>{t('operator.name')}</span>
          <input {...register('name')} autoComplete="off" aria-invalid={!!formState.errors.name} />
          {formState.errors.name && <em className="field-error">{formState.errors.name.message}</em>}
        </label>
        <label className="field">
          <span>{t('operator.role')}</span>
          <select {...register('role')}>
            {TEAM_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={add.isPending}>
          {t('operator.save')}
        </button>
      </div>
    </form>
  );
}

/** The header's switch of the operator on duty: ends the current session; a PIN-holder signs in at the chooser. */
export function OperatorSwitch({ team, current }: { team: MemberRow[]; current: MemberRow | null }) {
  const { t } = useTranslation();
  const notify = useToast();
  const signOut = useApiMutation('team.signOut', { toastErrors: false });
  const leave = () => {
    const token = getSession();
    if (token) signOut.mutate({ token });
  };
  return (
    <div className="row operator-switch-row">
      <label className="operator-switch">
        <span>{t('operator.onDuty')}</span>
        <select
          aria-label={t('operator.onDuty')}
          value={current?.id ?? ''}
          onChange={(e) => {
            const next = team.find((o) => o.id === Number(e.target.value));
            leave();
            if (next?.hasPin) askForPin(next.id);
            else setOperatorId(next?.id ?? null);
            if (next && !next.hasPin) notify(t('operator.switched', { name: next.name }), 'success');
          }}
        >
          {!current && <option value="">—</option>}
          {operatorsOf(team).map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
              {t('punct.open')}
              {t(`roles.${o.role}`)}
              {t('punct.close')}
              {o.hasPin ? ` · ${t('signin.needsPin')}` : ''}
            </option>
          ))}
        </select>
      </label>
      {current && (
        <button
          type="button"
          className="link"
          onClick={() => {
            leave();
            setOperatorId(null);
          }}
        >
          {t('signin.signOut')}
        </button>
      )}
    </div>
  );
}
