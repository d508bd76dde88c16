import { useTranslation } from 'react-i18next';
import { stockContract } from '../../../../electron/api/stock/contract';
import { useApiMutation } from '../../api/hooks';
import { ReasonDialog } from '../../components/ReasonDialog';

const Input = stockContract['stock.reverse'].input;
export type Reversing = { txId: string; kind: string; at: string };

/** Undo a movement: a new one with the opposite lines, naming what it reverses, with a reason. */
export function ReverseMoveDialog({ r, onDone }: { r: Reversing; onDone: () => void }) {
  const { t } = useTranslation();
  const reverse = useApiMutation('stock.reverse', { toastErrors: false });
  return (
    <ReasonDialog
      title={t('stock.reverseTitle', { kind: t(`stockTx.${r.kind}`), at: r.at })}
      hint={t('stock.reverseHint')}
      reasonLabel={t('stock.reverseReason')}
      submitLabel={t('stock.reverse')}
      reasonRule={Input.shape.reason}
      send={(reason) => reverse.mutateAsync({ txId: r.txId, reason })}
      onDone={onDone}
    />
  );
}
