import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../api/hooks';
import type { FeverAlert } from '../health/types';
import { TriageDialog } from './TriageDialog';

/**
 * "Act" on a fever alert: the doctor's triage of the request the alert raised (or, for an alert
 * without one, a request made from it: source the round, kind fever). The triage clears the alert.
 */
export function FeverActDialog({ alert, onDone }: { alert: FeverAlert; onDone: () => void }) {
  const { t } = useTranslation();
  const add = useApiMutation('medical.add', { toastErrors: false });
  // Made once: a triage refused and tried again triages the same request.
  const made = useRef<string | null>(alert.medicalId);
  const request = async () => {
    if (!made.current)
      made.current = (
        await add.mutateAsync({
          subject: alert.subject,
          kind: 'fever',
          urgency: 'emergency',
          source: 'round',
          checkId: alert.checkId,
        })
      ).id;
    return made.current;
  };
  return (
    <TriageDialog
      title={t('medical.feverTitle', { name: alert.name })}
      name={alert.name}
      detail={[
        alert.place,
        alert.phone,
        alert.firstTemperature !== null
          ? t('health.duty.firstThenRecheck', {
              first: alert.firstTemperature.toFixed(1),
              t: alert.temperature.toFixed(1),
            })
          : t('health.celsius', { t: alert.temperature.toFixed(1) }),
      ].join(' · ')}
      kind="fever"
      requestId={request}
      onDone={onDone}
    />
  );
}
