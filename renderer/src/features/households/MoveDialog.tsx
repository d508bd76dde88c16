import { zodResolver } from '@hookform/resolvers/zod';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { type ResidentView, residentsContract } from '../../../../electron/api/residents/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';
import { TypePicker } from '../../components/TypePicker';
import { useDialog } from '../../components/useDialog';

const MoveInput = residentsContract['residents.move'].input;
type Form = z.input<typeof MoveInput>;
const idOrUndefined = (v: unknown) => (v === '' || v === undefined ? undefined : Number(v));

export function MoveDialog({ member, onClose }: { member: ResidentView; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useDialog<HTMLDivElement>(onClose);
  const notify = useToast();
  const buildings = useApiQuery('buildings.list', {});
  const [buildingId, setBuildingId] = useState<number | null>(null);
  const picker = useId();
  const bId = buildingId ?? buildings.data?.[0]?.id ?? null;
  const board = useApiQuery('buildings.board', { buildingId: bId ?? undefined }, { enabled: bId !== null });
  const rooms = (board.data?.buildings[0]?.cells ?? []).filter((c) => c.householdId !== member.householdId);
  const move = useApiMutation('residents.move', { toastErrors: false });
  const { register, handleSubmit, formState, setError, resetField, watch } = useForm<Form>({
    resolver: worded(zodResolver(MoveInput)),
    defaultValues: { id: member.id, reason: '' },
  });
  const target = watch('toHouseholdId');
  const submit = handleSubmit(async (v) => {
    try {
      await move.mutateAsync(v);
      notify(t('member.moved', { name: member.name }), 'success');
      onClose();
    } catch (e) {
      // On its field, or below; the dialog stays open with what was chosen.
      if (!landServerErrors(e, setError, ['toHouseholdId', 'reason']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <div className="modal-backdrop">
      <div ref={dialog} className="modal" role="dialog" aria-modal="true" aria-labelledby="move-title">
        <h2 id="move-title">{t('member.moveTitle', { name: member.name })}</h2>
        <div className="grid-3">
          <label className="field" htmlFor={picker}>
            <span>{t('progress.building')}</span>
            {/* Typed, not a drop-down: a district has hundreds of buildings. */}
            <TypePicker
              inputId={picker}
              label={t('progress.building')}
              items={buildings.data ?? []}
              value={bId ?? undefined}
              onPick={(id) => {
                setBuildingId(id);
                resetField('toHouseholdId');
              }}
            />
          </label>
          <label className="field span-2">
            <span>{t('member.moveTo')}</span>
            <select {...register('toHouseholdId', { setValueAs: idOrUndefined })}>
              <option value="">—</option>
              {rooms.map((c) => (
                <option key={c.householdId} value={c.householdId}>
                  {[c.unit, c.room].filter(Boolean).join(' ')}{' '}
                  {c.householder && `${t('punct.open')}${c.householder}${t('punct.close')}`}
                </option>
              ))}
            </select>
            {e.toHouseholdId && <em className="field-error">{e.toHouseholdId.message}</em>}
          </label>
        </div>
        <label className="field">
          <span>{t('member.reason')}</span>
          <input {...register('reason')} aria-invalid={!!e.reason} />
          {e.reason && <em className="field-error">{e.reason.message}</em>}
        </label>
        {e.root?.server && (
          <p className="error-box" role="alert">
            {e.root.server.message}
          </p>
        )}
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={!target || move.isPending}
            onClick={() => void submit()}
          >
            {t('member.moveSave')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
