import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { TEAM_ROLES } from '../../../../db/schema/enums';
import { NewOperator, type OperatorRow } from '../../../../electron/api/operators/contract';
import { useApiMutation } from '../../api/hooks';
import { setOperatorId } from '../../app/operator';
import { useToast } from '../../components/Toast';
import { useDialog } from '../../components/useDialog';

/** Shown at start until someone says who is on duty. */
export function OperatorChooser({ operators }: { operators: OperatorRow[] }) {
  const { t } = useTranslation();
  const dialog = useDialog<HTMLDivElement>();
  const active = operators.filter((o) => o.active);
  return (
    <div className="modal-backdrop">
      <div ref={dialog} className="modal" role="dialog" aria-modal="true" aria-labelledby="chooser-title">
        <h2 id="chooser-title">{t('operator.choose')}</h2>
        <p className="muted">{t('operator.chooseHint')}</p>
        {active.length === 0 ? (
          <p>{t('operator.none')}</p>
        ) : (
          <div className="operator-grid">
            {active.map((o) => (
              <button key={o.id} type="button" className="operator-card" onClick={() => setOperatorId(o.id)}>
                <strong>{o.name}</strong>
                <span>{t(`roles.${o.role}`)}</span>
              </button>
            ))}
          </div>
        )}
        <AddOperatorForm />
      </div>
    </div>
  );
}

type Form = z.input<typeof NewOperator>;

function AddOperatorForm() {
  const { t } = useTranslation();
  const add = useApiMutation('operators.add', { invalidate: ['operators', 'audit'] });
  const { register, handleSubmit, formState } = useForm<Form>({
    resolver: zodResolver(NewOperator),
    defaultValues: { name: '', role: 'community_cadre' },
  });
  const submit = handleSubmit(async (values) => {
    const row = await add.mutateAsync(values);
    setOperatorId(row.id);
  });
  return (
    <form className="add-operator" onSubmit={(e) => void submit(e)} noValidate>
      <h3>{t('operator.add')}</h3>
      <div className="row">
        <label className="field">
          <span>{t('operator.name')}</span>
          <input {...register('name')} autoComplete="off" aria-invalid={!!formState.errors.name} />
          {formState.errors.name && <em className="field-error">{formState.errors.name.message}</em>}
        </label>
        <label className="field">
          <span>{t('operator.role')}</span>
          <select {...register('role')}>
            {TEAM_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`roles.${r}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary" disabled={add.isPending}>
          {t('operator.save')}
        </button>
      </div>
    </form>
  );
}

/** The header's one-click switch of the operator on duty. */
export function OperatorSwitch({
  operators,
  current,
}: {
  operators: OperatorRow[];
  current: OperatorRow | null;
}) {
  const { t } = useTranslation();
  const notify = useToast();
  return (
    <label className="operator-switch">
      <span>{t('operator.onDuty')}</span>
      <select
        aria-label={t('operator.onDuty')}
        value={current?.id ?? ''}
        onChange={(e) => {
          const next = operators.find((o) => o.id === Number(e.target.value));
          setOperatorId(next?.id ?? null);
          if (next) notify(t('operator.switched', { name: next.name }), 'success');
        }}
      >
        {!current && <option value="">—</option>}
        {operators
          .filter((o) => o.active)
          .map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}（{t(`roles.${o.role}`)}）
            </option>
          ))}
      </select>
    </label>
  );
}
