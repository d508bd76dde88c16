import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { PRESENCE } from '../../../../db/schema/enums';
import { ResidentInput, type ResidentView } from '../../../../electron/api/residents/contract';
import { ApiCallError, useApiMutation } from '../../api/hooks';
import { useToast } from '../../components/Toast';
import { useDialog } from '../../components/useDialog';

type Form = z.input<typeof ResidentInput>;
const orNull = (v: unknown) => (v === '' || v === undefined ? null : v);
const RELATIONS = ['户主', '配偶', '子女', '父母', '孙子女', '兄弟姐妹', '租户', '其他'];
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
  const { register, handleSubmit, formState, setError } = useForm<Form>({
    resolver: zodResolver(ResidentInput),
    defaultValues: member
      ? { ...member, householdId, idNumber: '' }
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
      const idNumber = v.idNumber?.trim() ? v.idNumber : member ? undefined : '';
      const saved = await save.mutateAsync({ ...v, id: member?.id, householdId, idNumber });
      notify(t('member.saved', { name: saved.name }), 'success');
      onClose();
    } catch (e) {
      if (!(e instanceof ApiCallError)) throw e;
      const known = new Set(['name', 'idNumber', 'birthDate', 'phone', 'gender']);
      const fieldIssues = e.issues.filter((i) => known.has(i.path));
      for (const i of fieldIssues) setError(i.path as keyof Form, { message: i.message });
      if (fieldIssues.length === 0) setError('root', { message: e.message });
    }
  });
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
                <option key={r} value={r} />
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
              placeholder={member?.idNumberMasked ?? ''}
              autoComplete="off"
              aria-invalid={!!formState.errors.idNumber}
            />
            <small className="muted">
              {member?.idNumberMasked ? t('member.idKeep') : t('member.idHint')}
            </small>
            {err('idNumber')}
          </label>
          <label className="field">
            <span>{t('member.birthDate')}</span>
            <input type="date" {...register('birthDate', { setValueAs: orNull })} />
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
        {formState.errors.root && (
          <p className="error-box" role="alert">
            {formState.errors.root.message}
          </p>
        )}
        <div className="actions">
          <button type="submit" className="primary" disabled={save.isPending}>
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
