import { useTranslation } from 'react-i18next';
import { stockContract } from '../../../../electron/api/stock/contract';
import { useApiMutation } from '../../api/hooks';
import { ReasonDialog } from '../../components/ReasonDialog';

const Input = stockContract['stock.reverse'].input;

/** Undo a household's delivery: the reversal of its stock issue, with the reason typed. */
export function UndoDeliveryDialog({
  txId,
  room,
  onDone,
}: {
  txId: string;
  room: string;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const reverse = useApiMutation('stock.reverse', { toastErrors: false });
  return (
    <ReasonDialog
      title={t('distrib.undoTitle', { room })}
      hint={t('distrib.undoHint')}
      reasonLabel={t('distrib.undoReason')}
      submitLabel={t('distrib.undoConfirm')}
      reasonRule={Input.shape.reason}
      send={(reason) => reverse.mutateAsync({ txId, reason })}
      onDone={onDone}
    />
  );
}
