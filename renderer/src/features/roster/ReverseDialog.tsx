import { useTranslation } from 'react-i18next';
import { attendanceContract } from '../../../../electron/api/attendance/contract';
import { useApiMutation } from '../../api/hooks';
import { ReasonDialog } from '../../components/ReasonDialog';

const Input = attendanceContract['attendance.reverse'].input;
export type Reversing = {
  shiftId: number;
  staffId: number;
  name: string;
  what: 'sign_in' | 'sign_out' | 'no_show';
};

/** Take back a sign-in, sign-out or no-show recorded by mistake: a new row with its reason. */
export function ReverseDialog({ r, onDone }: { r: Reversing; onDone: () => void }) {
  const { t } = useTranslation();
  const reverse = useApiMutation('attendance.reverse', { toastErrors: false });
  return (
    <ReasonDialog
      title={t('attendance.reverseTitle', { name: r.name, what: t(`attendance.what.${r.what}`) })}
      hint={t('attendance.reverseHint')}
      reasonLabel={t('attendance.reverseReason')}
      submitLabel={t('attendance.reverseConfirm')}
      reasonRule={Input.shape.reason}
      send={(reason) => reverse.mutateAsync({ shiftId: r.shiftId, staffId: r.staffId, reason })}
      onDone={onDone}
    />
  );
}
