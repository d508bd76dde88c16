import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { BackupSettings } from '../../../../electron/api/backups/contract';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';

/** The method's own schema; the folder field is text in the form (empty means none). */
const FormSchema = BackupSettings.extend({ externalFolder: z.string().trim().max(1000) });
type Form = z.infer<typeof FormSchema>;

/** How often automatic backups are taken, how many are kept, and the USB folder they are copied to. */
export function BackupSettingsForm({ settings }: { settings: BackupSettings }) {
  const { t } = useTranslation();
  const notify = useToast();
  const save = useApiMutation('backups.saveSettings', { toastErrors: false });
  const { register, handleSubmit, formState, reset, setError } = useForm<Form>({
    resolver: worded(zodResolver(FormSchema)),
    defaultValues: { ...settings, externalFolder: settings.externalFolder ?? '' },
  });
  const err = (name: keyof Form) => {
    const e = formState.errors[name];
    return e ? <em className="field-error">{e.message}</em> : null;
  };
  const submit = handleSubmit(async (v) => {
    try {
      const saved = await save.mutateAsync({ ...v, externalFolder: v.externalFolder.trim() || null });
      reset({ ...saved, externalFolder: saved.externalFolder ?? '' });
      notify(t('backups.saved'), 'success');
    } catch (e) {
      if (!landServerErrors(e, setError, ['intervalHours', 'keepRecent', 'keepDays', 'externalFolder']))
        notify((e as Error).message, 'error');
    }
  });
  return (
    <form className="card form" onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t('backups.settingsTitle')}</h2>
      <div className="grid-3">
        <label className="field">
          <span>{t('backups.intervalHours')}</span>
          <input type="number" min={1} max={24} {...register('intervalHours', { valueAsNumber: true })} />
          {err('intervalHours')}
        </label>
        <label className="field">
          <span>{t('backups.keepRecent')}</span>
          <input type="number" min={1} max={200} {...register('keepRecent', { valueAsNumber: true })} />
          {err('keepRecent')}
        </label>
        <label className="field">
          <span>{t('backups.keepDays')}</span>
          <input type="number" min={1} max={90} {...register('keepDays', { valueAsNumber: true })} />
          {err('keepDays')}
        </label>
      </div>
      <label className="field">
        <span>{t('backups.usbFolder')}</span>
        <input {...register('externalFolder')} placeholder="/media/usb/gatepost" />
        {err('externalFolder')}
      </label>
      <label className="check">
        <input type="checkbox" {...register('copyToExternal')} />
        {t('backups.copyToExternal')}
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending || !formState.isDirty}>
          {t('backups.save')}
        </button>
      </div>
    </form>
  );
}
