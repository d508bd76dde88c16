import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PRESENCE } from '../../../../db/schema/enums';
import { ResidentInput, type ResidentView } from '../../../../electron/api/residents/contract';
import { labelsOf, RELATIONS, relationLabel } from '../../../../electron/api/shared/labels';
import { ApiCallError, useApiMutation, useApiQuery } from '../../api/hooks';
import { ConflictPanel, staleSave } from '../../components/ConflictPanel';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { useDialog } from '../../components/useDialog';
import { currentLang } from '../../i18n/words';

type Form = z.input<typeof ResidentInput>;
const orNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const FLAGS = ['pregnant', 'chronicIllness', 'disability', 'regularMedicine'] as const;

export function MemberDialog({
  householdId,
  member,
  onClose,
}: {
  householdId: number;
  member: ResidentView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const dialog = useDialog<HTMLFormElement>(onClose);
  const notify = useToast();
  const save = useApiMutation('residents.save', { toastErrors: false });
  // The household file this member was read from (the page's own query): reloaded after a conflict.
  const file = useApiQuery('households.get', { id: householdId }, { enabled: false });
  // The member as last read: its version goes with the save, its mask is the field's placeholder.
  const [current, setCurrent] = useState(member);
  const [conflict, setConflict] = useState<ApiCallError | null>(null);
  // A usual relation reads and is offered in the UI language; the contract stores its Chinese word
  // (户主 …), which the server matches on. Anything else is kept as typed.
  const lang = currentLang();
  const asForm = (r: ResidentView): Form => ({
    ...r,
    householdId,
    idNumber: '',
    relation: relationLabel(lang, r.relation),
  });
  const { register, handleSubmit, formState, setError, reset } = useForm<Form>({
    resolver: worded(zodResolver(ResidentInput)),
    defaultValues: member
      ? asForm(member)
      : {
          householdId,
          name: '',
          gender: null,
          birthDate: null,
          idNumber: '',
          phone: '',
          relation: '',
          presence: 'in_compound',
          pregnant: false,
          chronicIllness: false,
          disability: false,
          regularMedicine: false,
          notes: '',
        },
  });
  const submit = handleSubmit(async (v) => {
    try {
      // An empty ID field keeps the number on file when editing.
      const idNumber = v.idNumber?.trim() ? v.idNumber : current ? undefined : '';
      const saved = await save.mutateAsync({
        ...v,
        id: current?.id,
        version: current?.version,
        householdId,
        idNumber,
      });
      notify(t('member.saved', { name: saved.name }), 'success');
      onClose();
    } catch (e) {
      const stale = staleSave(e);
      if (stale) return setConflict(stale);
      if (!(e instanceof ApiCallError)) throw e;
      const fields = ['name', 'idNumber', 'birthDate', 'phone', 'gender', 'relation', 'notes'];
      if (!landServerErrors(e, setError, fields)) setError('root', { message: e.message });
    }
  });
  const reload = async () => {
    const fresh = (await file.refetch()).data?.residents.find((r) => r.id === current?.id);
    if (!fresh) return onClose();
    setCurrent(fresh);
    reset(asForm(fresh));
    setConflict(null);
    notify(t('conflict.reloaded'), 'success');
  };
  const label = (f: string) =>
    f === 'gender'
      ? (t('household.genderAge').split(' / ')[0] ?? f)
      : ['birthDate', 'notes'].includes(f)
        ? t(`member.${f}`)
        : ['name', 'relation', 'phone', 'presence'].includes(f)
          ? t(`household.${f}`)
          : t(`flags.${f}`);
  const show = (f: string, v: unknown) =>
    (f === 'gender' || f === 'presence') && typeof v === 'string' ? t(`${f}.${v}`) : null;
  const err = (k: keyof Form) =>
    formState.errors[k]?.message && <em className="field-error">{String(formState.errors[k]?.message)}</em>;

  return (
    <div className="modal-backdrop">
      <form
        ref={dialog}
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby="member-title"
        onSubmit={(e) => void submit(e)}
        noValidate
      >
        <h2 id="member-title">{member ? t('member.edit') : t('member.add')}</h2>
        <div className="grid-3">
          <label className="field">
            <span>{t('household.name')}</span>
            <input {...register('name')} autoFocus aria-invalid={!!formState.errors.name} />
            {err('name')}
          </label>
          <label className="field">
            <span>{t('household.relation')}</span>
            <input {...register('relation')} list="relations" />
            <datalist id="relations">
              {RELATIONS.map((r) => (
                <option key={r} value={labelsOf(lang).relation[r]} />
              ))}
            </datalist>
          </label>
          <label className="field">
            <span>{t('household.phone')}</span>
            <input {...register('phone')} inputMode="tel" />
            {err('phone')}
          </label>
          <label className="field span-2">
            <span>{t('household.idNumber')}</span>
            <input
              {...register('idNumber')}
              placeholder={current?.idNumberMasked ?? ''}
              autoComplete="off"
              aria-invalid={!!formState.errors.idNumber}
            />
            <small className="muted">
              {current?.idNumberMasked ? t('member.idKeep') : t('member.idHint')}
            </small>
            {err('idNumber')}
          </label>
          <label className="field">
            <span>{t('member.birthDate')}</span>
            <input type="date" {...register('birthDate', { setValueAs: orNull })} />
            {current?.idNumberMasked && !current.birthDate && (
              <small className="muted">{t('member.birthFromId')}</small>
            )}
            {err('birthDate')}
          </label>
          <label className="field">
            <span>{t('household.genderAge').split(' / ')[0]}</span>
            <select {...register('gender', { setValueAs: orNull })}>
              <option value="">{t('member.unknown')}</option>
              <option value="male">{t('gender.male')}</option>
              <option value="female">{t('gender.female')}</option>
            </select>
          </label>
          <label className="field">
            <span>{t('household.presence')}</span>
            <select {...register('presence')}>
              {PRESENCE.map((p) => (
                <option key={p} value={p}>
                  {t(`presence.${p}`)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="flags-box">
          <legend>{t('household.flags')}</legend>
          {FLAGS.map((f) => (
            <label key={f} className="check">
              <input type="checkbox" {...register(f)} /> {t(`flags.${f}`)}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span>{t('member.notes')}</span>
          <input {...register('notes')} />
        </label>
        {conflict && (
          <ConflictPanel error={conflict} label={label} show={show} onReload={() => void reload()} />
        )}
        {formState.errors.root && (
          <p className="error-box" role="alert">
            {formState.errors.root.message}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending || conflict !== null}>
            {t('member.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </div>
  );
}
