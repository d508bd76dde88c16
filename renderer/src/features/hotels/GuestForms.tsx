/**
 * The four things the post does for a guest, each a react-hook-form with its method's own input
 * schema; a server refusal lands on the field it names (the overfill reason, the room), anything
 * else shows under the form. What was typed stays on any error.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { NEED_KINDS, RELEASE_TO } from '../../../../db/schema/enums';
import { hotelsContract } from '../../../../electron/api/hotels/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { Err, Shell } from './FormShell';

type Done = (fever?: boolean, temperature?: string) => void;
const numberOrNull = (v: unknown) => (v === '' || v === null || v === undefined ? null : Number(v));
const idOrUndefined = (v: unknown) => (v === '' || v === undefined ? undefined : Number(v));
/** A datetime-local value is the post's time (Asia/Shanghai); empty is now. */
const postInstant = (v: unknown) => (typeof v === 'string' && v ? `${v}:00+08:00` : null);

const ContactInput = hotelsContract['hotels.logContact'].input;
export function ContactForm({
  returneeId,
  onDone,
  onCancel,
}: {
  returneeId: number;
  onDone: Done;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useApiMutation('hotels.logContact', { toastErrors: false });
  const { register, handleSubmit, formState, setError } = useForm<z.input<typeof ContactInput>>({
    resolver: worded(zodResolver(ContactInput)),
    defaultValues: { returneeId, reached: true, temperature: null, wellbeing: '', at: null },
  });
  const submit = handleSubmit(async (v) => {
    try {
      const r = await save.mutateAsync(v);
      onDone(r.fever, String(v.temperature ?? ''));
    } catch (e) {
      if (!landServerErrors(e, setError, ['temperature', 'wellbeing', 'at']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  return (
    <Shell
      confirm={t('careConfirm.contact')}
      errors={formState.errors}
      pending={save.isPending}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <label className="check">
        <input type="checkbox" {...register('reached')} /> {t('file.reached')}
      </label>
      <label className="field">
        <span>{t('care.reportedTemperature')}</span>
        <input type="number" step={0.1} {...register('temperature', { setValueAs: numberOrNull })} />
        <Err message={formState.errors.temperature?.message} />
      </label>
      <label className="field">
        <span>{t('care.callAt')}</span>
        <input type="datetime-local" {...register('at', { setValueAs: postInstant })} />
        <Err message={formState.errors.at?.message} />
      </label>
      <label className="field span-2">
        <span>{t('file.wellbeing')}</span>
        <input {...register('wellbeing')} />
        <Err message={formState.errors.wellbeing?.message} />
      </label>
    </Shell>
  );
}

const NeedInput = hotelsContract['hotels.addNeed'].input;
export function NeedForm({
  returneeId,
  onDone,
  onCancel,
}: {
  returneeId: number;
  onDone: Done;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useApiMutation('hotels.addNeed', { toastErrors: false });
  const { register, handleSubmit, formState, setError } = useForm<z.input<typeof NeedInput>>({
    resolver: worded(zodResolver(NeedInput)),
    defaultValues: { returneeId, kinds: [], detail: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await save.mutateAsync(v);
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, ['kinds', 'detail']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  return (
    <Shell
      confirm={t('careConfirm.need')}
      errors={formState.errors}
      pending={save.isPending}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <fieldset className="field span-2 need-kinds">
        <legend className="need-kinds-title">{t('care.chooseNeeds')}</legend>
        {NEED_KINDS.map((k) => (
          <label key={k} className="check">
            <input type="checkbox" value={k} {...register('kinds')} /> {t(`need.${k}`)}
          </label>
        ))}
        <Err message={formState.errors.kinds?.message ?? formState.errors.kinds?.root?.message} />
      </fieldset>
      <label className="field span-2">
        <span>{t('household.note')}</span>
        <input {...register('detail')} />
        <Err message={formState.errors.detail?.message} />
      </label>
    </Shell>
  );
}

const MoveInput = hotelsContract['hotels.moveRoom'].input;
export function MoveForm(props: { returneeId: number; hotelId: number; onDone: Done; onCancel: () => void }) {
  const { t } = useTranslation();
  const save = useApiMutation('hotels.moveRoom', { toastErrors: false });
  const occupancy = useApiQuery('hotels.occupancy', {});
  const { register, handleSubmit, formState, setError } = useForm<z.input<typeof MoveInput>>({
    resolver: worded(zodResolver(MoveInput)),
    defaultValues: { returneeId: props.returneeId, reason: '', overfillReason: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await save.mutateAsync(v);
      props.onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, ['toRoomId', 'reason', 'overfillReason']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const rooms = (occupancy.data?.hotels ?? [])
    .filter((h) => h.id === props.hotelId)
    .flatMap((h) => h.rooms.filter((r) => r.status === 'free'));
  const e = formState.errors;
  return (
    <Shell
      confirm={t('careConfirm.move')}
      errors={e}
      pending={save.isPending}
      onSubmit={() => void submit()}
      onCancel={props.onCancel}
    >
      <label className="field">
        <span>{t('file.moveTo')}</span>
        <select {...register('toRoomId', { setValueAs: idOrUndefined })}>
          <option value="">—</option>
          {rooms.map((r) => (
            <option key={r.id} value={r.id}>
              {r.number}
              {t('punct.open')}
              {r.beds}
              {r.ventilated ? ` ${t('hotels.ventilated')}` : ''}
              {r.accessible ? ` ${t('hotels.accessible')}` : ''}
              {t('punct.close')}
            </option>
          ))}
        </select>
        <Err message={e.toRoomId?.message} />
      </label>
      <label className="field">
        <span>{t('place.overfill')}</span>
        <input {...register('overfillReason')} />
        <Err message={e.overfillReason?.message} />
      </label>
      <label className="field span-2">
        <span>{t('file.moveReason')}</span>
        <input {...register('reason')} />
        <Err message={e.reason?.message} />
      </label>
    </Shell>
  );
}

const ReleaseInput = hotelsContract['hotels.release'].input;
/**
 * Release is a decision: where to and why. Going home while the compound is sealed or before the
 * planned end is refused unless a commander gives an override reason (the field says so).
 */
export function ReleaseForm({
  returneeId,
  onDone,
  onCancel,
}: {
  returneeId: number;
  onDone: Done;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const save = useApiMutation('hotels.release', { toastErrors: false });
  const { register, handleSubmit, formState, setError, watch } = useForm<z.input<typeof ReleaseInput>>({
    resolver: worded(zodResolver(ReleaseInput)),
    defaultValues: { returneeId, to: '' as never, reason: '', overrideReason: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await save.mutateAsync(v);
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, ['to', 'reason', 'overrideReason']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <Shell
      confirm={t('careConfirm.release')}
      errors={e}
      pending={save.isPending}
      onSubmit={() => void submit()}
      onCancel={onCancel}
    >
      <label className="field">
        <span>{t('file.releaseTo')}</span>
        <select {...register('to')} aria-invalid={!!e.to}>
          <option value="">{t('care.chooseReleaseTo')}</option>
          {RELEASE_TO.map((k) => (
            <option key={k} value={k}>
              {t(`releaseTo.${k}`)}
            </option>
          ))}
        </select>
        <Err message={e.to?.message} />
      </label>
      <label className="field">
        <span>{t('care.releaseReason')}</span>
        <input {...register('reason')} aria-invalid={!!e.reason} />
        <Err message={e.reason?.message} />
      </label>
      {watch('to') === 'home' && (
        <label className="field span-2">
          <span>{t('care.overrideReason')}</span>
          <input {...register('overrideReason')} aria-invalid={!!e.overrideReason} />
          <Err message={e.overrideReason?.message} />
        </label>
      )}
    </Shell>
  );
}
