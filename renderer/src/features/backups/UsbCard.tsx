import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { backupsContract } from '../../../../electron/api/backups/contract';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';

/** The method's own input, with the folder required here: this card backs up to a chosen folder. */
const Schema = backupsContract['backups.create'].input.extend({ folder: z.string().trim().min(1).max(1000) });
type Form = z.input<typeof Schema>;

/** Back up to a USB folder now, or show the backups on it. */
export function UsbCard({ initial, onShow }: { initial: string; onShow: (folder: string) => void }) {
  const { t } = useTranslation();
  const notify = useToast();
  const create = useApiMutation('backups.create', { toastErrors: false });
  const { register, handleSubmit, formState, setError, watch } = useForm<Form>({
    resolver: worded(zodResolver(Schema)),
    defaultValues: { folder: initial },
  });
  const folder = watch('folder').trim();
  const save = handleSubmit(async (v) => {
    try {
      const b = await create.mutateAsync(v);
      notify(t('backups.done', { file: b.path }), 'success');
      onShow(v.folder);
    } catch (e) {
      // A missing stick and the like is said beside the folder; the folder typed stays.
      if (!landServerErrors(e, setError, ['folder'])) setError('folder', { message: (e as Error).message });
    }
  });
  const error = formState.errors.folder?.message;
  return (
    <form className="card" onSubmit={(e) => void save(e)} noValidate>
      <h2>{t('backups.usbTitle')}</h2>
      <p className="muted">{t('backups.usbHint')}</p>
      <label className="field">
        <span>{t('backups.usbFolder')}</span>
        <input {...register('folder')} aria-invalid={!!error} placeholder="/media/usb/gatepost" />
        {error && <em className="field-error">{error}</em>}
      </label>
      <div className="actions">
        <button type="submit" className="primary" disabled={!folder || create.isPending}>
          {create.isPending ? t('backups.backingUp') : t('backups.usbSave')}
        </button>
        <button type="button" disabled={!folder} onClick={() => onShow(folder)}>
          {t('backups.showUsb')}
        </button>
      </div>
    </form>
  );
}
