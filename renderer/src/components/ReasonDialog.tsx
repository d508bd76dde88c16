import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormDialog } from './FormDialog';
import { landServerErrors, worded } from './form';

/**
 * Taking back something recorded by mistake, with the reason typed: a hint, one reason field checked
 * by the method's own rule (its input's `reason`), a refusal landed on that field or said below it.
 * The caller gives the words and what sends the reason.
 */
export function ReasonDialog({
  title,
  hint,
  reasonLabel,
  submitLabel,
  reasonRule,
  send,
  onDone,
}: {
  title: string;
  hint: string;
  reasonLabel: string;
  submitLabel: string;
  reasonRule: z.ZodType<string, string>;
  send: (reason: string) => Promise<unknown>;
  onDone: () => void;
}) {
  const { register, handleSubmit, setError, formState } = useForm<{ reason: string }>({
    resolver: worded(zodResolver(z.object({ reason: reasonRule }))),
    defaultValues: { reason: '' },
  });
  const submit = handleSubmit(async (v) => {
    try {
      await send(v.reason);
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, ['reason']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={submitLabel}
      submitting={formState.isSubmitting}
    >
      <p className="muted">{hint}</p>
      <label className="field">
        <span>{reasonLabel}</span>
        <input {...register('reason')} aria-invalid={!!e.reason} autoFocus />
        {e.reason && <em className="field-error">{e.reason.message}</em>}
      </label>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
