import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentView } from '../../../../electron/api/residents/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useToast } from '../../components/Toast';
import { useDialog } from '../../components/useDialog';

export function MoveDialog({ member, onClose }: { member: ResidentView; onClose: () => void }) {
  const { t } = useTranslation();
  const dialog = useDialog<HTMLDivElement>(onClose);
  const notify = useToast();
  const buildings = useApiQuery('buildings.list', {});
  const [buildingId, setBuildingId] = useState<number | null>(null);
  const [target, setTarget] = useState<number | null>(null);
  const [reason, setReason] = useState('');
  const bId = buildingId ?? buildings.data?.[0]?.id ?? null;
  const board = useApiQuery('buildings.board', { buildingId: bId ?? undefined }, { enabled: bId !== null });
  const rooms = (board.data?.[0]?.cells ?? []).filter((c) => c.householdId !== member.householdId);
  const move = useApiMutation('residents.move');
  const submit = async () => {
    if (!target) return;
    try {
      await move.mutateAsync({ id: member.id, toHouseholdId: target, reason });
      notify(t('member.moved', { name: member.name }), 'success');
      onClose();
    } catch {
      // Shown as a toast; the dialog stays open with what was chosen.
    }
  };
  return (
    <div className="modal-backdrop">
      <div ref={dialog} className="modal" role="dialog" aria-modal="true" aria-labelledby="move-title">
        <h2 id="move-title">{t('member.moveTitle', { name: member.name })}</h2>
        <div className="grid-3">
          <label className="field">
            <span>{t('progress.building')}</span>
            <select
              value={bId ?? ''}
              onChange={(e) => {
                setBuildingId(Number(e.target.value));
                setTarget(null);
              }}
            >
              {buildings.data?.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.name}
                </option>
              ))}
            </select>
          </label>
          <label className="field span-2">
            <span>{t('member.moveTo')}</span>
            <select value={target ?? ''} onChange={(e) => setTarget(Number(e.target.value) || null)}>
              <option value="">—</option>
              {rooms.map((c) => (
                <option key={c.householdId} value={c.householdId}>
                  {[c.unit, c.room].filter(Boolean).join(' ')}{' '}
                  {c.householder && `${t('punct.open')}${c.householder}${t('punct.close')}`}
                </option>
              ))}
            </select>
          </label>
        </div>
        <label className="field">
          <span>{t('member.reason')}</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={!target || !reason.trim() || move.isPending}
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
