import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { NewBuilding } from '../../../../electron/api/buildings/contract';
import { useApiMutation } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { useToast } from '../../components/Toast';

type Form = z.input<typeof NewBuilding>;

export function AddBuildingForm() {
  const { t } = useTranslation();
  const notify = useToast();
  const [open, setOpen] = useState(false);
  const add = useApiMutation('buildings.add', { toastErrors: false });
  const { register, handleSubmit, formState, reset, setError } = useForm<Form>({
    resolver: worded(zodResolver(NewBuilding)),
    defaultValues: { name: '', floors: 6, unitsCount: 1, roomsPerFloor: 2 },
  });
  const submit = handleSubmit(async (v) => {
    try {
      const b = await add.mutateAsync(v);
      notify(t('board.created', { name: b.name }), 'success');
      reset();
      setOpen(false);
    } catch (e) {
      // A duplicate name and the like: beside its field (else the name), the form keeps what was typed.
      if (!landServerErrors(e, setError, ['name', 'floors', 'unitsCount', 'roomsPerFloor']))
        setError('name', { message: (e as Error).message });
    }
  });
  if (!open)
    return (
      <button type="button" onClick={() => setOpen(true)}>
        {t('punct.plus')} {t('board.addBuilding')}
      </button>
    );
  const e = formState.errors;
  return (
    <form className="row card add-building" onSubmit={(ev) => void submit(ev)} noValidate>
      <label className="field">
        <span>{t('board.name')}</span>
        <input {...register('name')} placeholder={t('board.namePlaceholder')} autoFocus />
        {e.name && <em className="field-error">{e.name.message}</em>}
      </label>
      <label className="field narrow">
        <span>{t('board.floors')}</span>
        <input type="number" {...register('floors', { valueAsNumber: true })} />
        {e.floors && <em className="field-error">{e.floors.message}</em>}
      </label>
      <label className="field narrow">
        <span>{t('board.units')}</span>
        <input type="number" {...register('unitsCount', { valueAsNumber: true })} />
        {e.unitsCount && <em className="field-error">{e.unitsCount.message}</em>}
      </label>
      <label className="field narrow">
        <span>{t('board.roomsPerFloor')}</span>
        <input type="number" {...register('roomsPerFloor', { valueAsNumber: true })} />
        {e.roomsPerFloor && <em className="field-error">{e.roomsPerFloor.message}</em>}
      </label>
      <button type="submit" className="primary" disabled={add.isPending}>
        {t('board.create')}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
