import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResidentView } from '../../../../electron/api/residents/contract';
import { relationLabel } from '../../../../electron/api/shared/labels';
import { useApiMutation } from '../../api/hooks';
import { currentLang } from '../../i18n/words';

const FLAG_KEYS = ['pregnant', 'chronicIllness', 'disability', 'regularMedicine'] as const;

export function flagLabels(r: ResidentView, t: (k: string) => string): string[] {
  return [
    ...(r.elderly ? [t('flags.elderly')] : []),
    ...(r.child ? [t('flags.child')] : []),
    ...FLAG_KEYS.filter((k) => r[k]).map((k) => t(`flags.${k}`)),
  ];
}

function IdCell({ r }: { r: ResidentView }) {
  const { t } = useTranslation();
  const reveal = useApiMutation('residents.reveal');
  const [shown, setShown] = useState<string | null>(null);
  if (!r.idNumberMasked) return <span className="muted">—</span>;
  return (
    <span className="id-cell">
      <code>{shown ?? r.idNumberMasked}</code>{' '}
      <button
        type="button"
        className="link no-print"
        onClick={async () => {
          if (shown) return setShown(null);
          try {
            setShown((await reveal.mutateAsync({ id: r.id })).idNumber);
          } catch {
            // Shown as a toast by the hook.
          }
        }}
      >
        {shown ? t('household.hide') : t('household.reveal')}
      </button>
    </span>
  );
}

export function MembersTable({
  members,
  onEdit,
  onMove,
}: {
  members: ResidentView[];
  onEdit: (r: ResidentView) => void;
  onMove: (r: ResidentView) => void;
}) {
  const { t } = useTranslation();
  if (members.length === 0) return <p className="muted">{t('household.noMembers')}</p>;
  return (
    <table className="table members">
      <thead>
        <tr>
          <th>{t('household.name')}</th>
          <th>{t('household.relation')}</th>
          <th>{t('household.genderAge')}</th>
          <th>{t('household.idNumber')}</th>
          <th>{t('household.phone')}</th>
          <th>{t('household.presence')}</th>
          <th>{t('household.flags')}</th>
          <th className="no-print">{t('household.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {members.map((r) => (
          <tr key={r.id}>
            <td>
              <strong>{r.name}</strong>
              {r.notes && <div className="muted small">{r.notes}</div>}
            </td>
            <td>{relationLabel(currentLang(), r.relation)}</td>
            <td className="nowrap">
              {r.gender ? t(`gender.${r.gender}`) : '—'} /{' '}
              {r.age === null ? '—' : t('household.age', { age: r.age })}
            </td>
            <td className="nowrap">
              <IdCell r={r} />
            </td>
            <td className="nowrap">{r.phone}</td>
            <td>
              <span className={`pill presence-${r.presence}`}>{t(`presence.${r.presence}`)}</span>
            </td>
            <td>
              {flagLabels(r, t).map((f) => (
                <span key={f} className="pill flag">
                  {f}
                </span>
              ))}
            </td>
            <td className="no-print nowrap">
              <button type="button" className="link" onClick={() => onEdit(r)}>
                {t('household.edit')}
              </button>{' '}
              <button type="button" className="link" onClick={() => onMove(r)}>
                {t('household.move')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
