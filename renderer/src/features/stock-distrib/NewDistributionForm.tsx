import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { distribContract } from '../../../../electron/api/stock/distrib-contract';
import type { Progress } from '../../api/client';
import { useApiMutationWithProgress, useApiQuery } from '../../api/hooks';
import { go } from '../../app/route';
import { landServerErrors, worded } from '../../components/form';
import { JobProgress, jobRatio } from '../../components/JobProgress';
import { useToast } from '../../components/Toast';
import { TypeChips } from '../../components/TypeChips';

const Input = distribContract['stock.distribute'].input;
const Scope = distribContract['stock.distributionPlan'].input;
type Form = z.input<typeof Input>;
const FIELDS = ['itemId', 'buildingIds', 'basis', 'qty', 'plannedOn', 'note'] as const;

/**
 * 新建发放: item, buildings (none: all), per household or per person, quantity, day. Beside it, what
 * the list would need against what the store holds (stock.distributionPlan).
 */
export function NewDistributionForm({ today }: { today: string }) {
  const { t } = useTranslation();
  const notify = useToast();
  const items = useApiQuery('stock.items', {});
  const buildings = useApiQuery('buildings.list', {});
  const distribute = useApiMutationWithProgress('stock.distribute');
  const [progress, setProgress] = useState<Progress | null>(null);
  const { register, handleSubmit, setError, formState, control, setValue } = useForm<Form>({
    resolver: worded(zodResolver(Input)),
    defaultValues: { itemId: '', buildingIds: [], basis: 'household', qty: 1, plannedOn: today, note: '' },
  });
  const watched = useWatch({ control });
  const chosen = watched.buildingIds ?? [];
  const scope = Scope.safeParse({ ...watched, place: { kind: 'store' } });
  const plan = useApiQuery('stock.distributionPlan', scope.success ? scope.data : { itemId: '', qty: 1 }, {
    enabled: scope.success,
  });
  const submit = handleSubmit(async (v) => {
    try {
      const made = await distribute(v, setProgress);
      notify(t('distrib.created', { households: made.households, total: made.totalQty }), 'success');
      go(`stock/distributions/${made.id}`);
    } catch (e) {
      if (!landServerErrors(e, setError, FIELDS)) setError('root.server', { message: (e as Error).message });
    } finally {
      setProgress(null);
    }
  });
  const e = formState.errors;
  const p = scope.success && plan.data;
  return (
    <form
      className="card distrib-form"
      onSubmit={(ev) => void submit(ev)}
      noValidate
      aria-label={t('distrib.new')}
    >
      <h2>{t('distrib.new')}</h2>
      <div className="grid-3">
        <label className="field">
          <span>{t('distrib.item')}</span>
          <select {...register('itemId')} aria-invalid={!!e.itemId}>
            <option value="">{t('distrib.chooseItem')}</option>
            {items.data?.map((i) => (
              <option key={i.id} value={i.id}>
                {t('distrib.itemOption', { name: i.name, unit: i.unit })}
              </option>
            ))}
          </select>
          {e.itemId && <em className="field-error">{e.itemId.message}</em>}
        </label>
        <label className="field">
          <span>{t('distrib.basis')}</span>
          <select {...register('basis')}>
            <option value="household">{t('distrib.basisLabel.household')}</option>
            <option value="person">{t('distrib.basisLabel.person')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('distrib.qty')}</span>
          <input type="number" min={1} {...register('qty', { valueAsNumber: true })} aria-invalid={!!e.qty} />
          {e.qty && <em className="field-error">{e.qty.message}</em>}
        </label>
        <label className="field">
          <span>{t('distrib.plannedOn')}</span>
          <input type="date" {...register('plannedOn')} aria-invalid={!!e.plannedOn} />
          {e.plannedOn && <em className="field-error">{e.plannedOn.message}</em>}
        </label>
        <label className="field">
          <span>{t('distrib.from')}</span>
          <select disabled value="store">
            <option value="store">{t('distrib.placeLabel.store')}</option>
          </select>
        </label>
        <label className="field">
          <span>{t('distrib.note')}</span>
          <input {...register('note')} />
        </label>
      </div>
      <div className="field distrib-buildings">
        <span>
          {t('distrib.pickBuildings')}
          {chosen.length === 0 && <strong> · {t('distrib.allBuildings')}</strong>}
        </span>
        {/* Typed, each a chip: a district has hundreds of buildings. None is every building. */}
        <TypeChips
          label={t('distrib.pickBuildings')}
          items={buildings.data ?? []}
          value={chosen}
          onChange={(ids) => setValue('buildingIds', ids, { shouldValidate: true })}
          none={t('distrib.allBuildings')}
        />
        {e.buildingIds && <em className="field-error">{e.buildingIds.message}</em>}
      </div>
      {p && (
        <p className={p.totalQty > p.onHand ? 'distrib-need short' : 'distrib-need'} aria-live="polite">
          {t('distrib.needs', {
            total: p.totalQty,
            unit: p.unit,
            households: p.households,
            people: p.people,
            place: t('distrib.placeLabel.store'),
            onHand: p.onHand,
          })}
          {p.totalQty > p.onHand && (
            <strong> · {t('distrib.short', { missing: p.totalQty - p.onHand, unit: p.unit })}</strong>
          )}
        </p>
      )}
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('distrib.creating') : t('distrib.create')}
        </button>
      </div>
      {progress && (
        <JobProgress
          label={
            progress.phase === 'write'
              ? t('distrib.writing', {
                  done: progress.done.toLocaleString(),
                  total: progress.total.toLocaleString(),
                })
              : t('distrib.planning')
          }
          ratio={progress.phase === 'write' ? jobRatio(progress) : null}
          testId="distrib-progress"
        />
      )}
    </form>
  );
}
