import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { backupsContract } from '../../../../electron/api/backups/contract';
import { worded } from '../../components/form';

/** backups.preview's own input: the file the restore dialog then checks (and says what is wrong with). */
const Input = backupsContract['backups.preview'].input;
type Form = z.input<typeof Input>;

/** Restore from a file named by its path (a backup on a USB stick, say): opens the restore dialog. */
export function FromFile({ onCheck }: { onCheck: (path: string) => void }) {
  const { t } = useTranslation();
  const { register, handleSubmit, formState } = useForm<Form, unknown, z.output<typeof Input>>({
    resolver: worded(zodResolver(Input)),
    defaultValues: { path: '' },
  });
  const e = formState.errors;
  const check = handleSubmit((v) => onCheck(v.path));
  return (
    <form className="card" onSubmit={(ev) => void check(ev)} noValidate>
      <h2>{t('backups.fromFile')}</h2>
      <label className="field">
        <span>{t('backups.filePath')}</span>
        <input
          {...register('path')}
          aria-invalid={!!e.path}
          placeholder="/media/usb/gatepost/gatepost-….db"
        />
        {e.path && <em className="field-error">{e.path.message}</em>}
      </label>
      <div className="actions">
        <button type="submit">{t('backups.check')}</button>
      </div>
    </form>
  );
}
