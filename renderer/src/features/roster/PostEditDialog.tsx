import { zodResolver } from '@hookform/resolvers/zod';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { Out } from '../../../../electron/api/contract';
import { postsContract } from '../../../../electron/api/posts/contract';
import { useApiMutation } from '../../api/hooks';
import { FormDialog } from '../../components/FormDialog';
import { landServerErrors, worded } from '../../components/form';

const SaveInput = postsContract['posts.save'].input;
type Form = z.input<typeof SaveInput>;
type Post = Out<'posts.list'>[number];

/**
 * Edit a post: its name, and each shift's name, start, length and head count (role requirements
 * kept). The server refuses moving a shift that has people rostered ahead, or dropping one used.
 */
export function PostEditDialog({ post, onDone }: { post: Post; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useApiMutation('posts.save', { toastErrors: false });
  const { register, control, handleSubmit, setError, formState } = useForm<Form>({
    resolver: worded(zodResolver(SaveInput)),
    defaultValues: { id: post.id, version: post.version, name: post.name, templates: post.templates },
  });
  const { fields } = useFieldArray({ control, name: 'templates' });
  const submit = handleSubmit(async (v) => {
    try {
      await save.mutateAsync(v);
      onDone();
    } catch (e) {
      if (!landServerErrors(e, setError, ['name']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  const e = formState.errors;
  const title = t('posts.editTitle', { name: post.name });
  return (
    <FormDialog
      title={title}
      onClose={onDone}
      onSubmit={submit}
      submitLabel={t('posts.save')}
      submitting={formState.isSubmitting}
    >
      <label className="field">
        <span>{t('posts.name')}</span>
        <input {...register('name')} aria-invalid={!!e.name} />
        {e.name && <em className="field-error">{e.name.message}</em>}
      </label>
      <table className="table">
        <thead>
          <tr>
            <th>{t('posts.shiftName')}</th>
            <th>{t('posts.startAt')}</th>
            <th>{t('posts.length')}</th>
            <th>{t('posts.headcount')}</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((f, i) => (
            <tr key={f.id}>
              <td>
                <input aria-label={`${t('posts.shiftName')} ${i + 1}`} {...register(`templates.${i}.name`)} />
                {e.templates?.[i]?.name && <em className="field-error">{e.templates[i]?.name?.message}</em>}
              </td>
              <td>
                <input
                  type="time"
                  aria-label={`${t('posts.startAt')} ${i + 1}`}
                  {...register(`templates.${i}.start`)}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={1}
                  max={24}
                  aria-label={`${t('posts.length')} ${i + 1}`}
                  {...register(`templates.${i}.hours`, { valueAsNumber: true })}
                />
              </td>
              <td>
                <input
                  type="number"
                  min={1}
                  max={20}
                  aria-label={`${t('posts.headcount')} ${i + 1}`}
                  {...register(`templates.${i}.headcount`, { valueAsNumber: true })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {e.root?.server && (
        <p className="error-box" role="alert">
          {e.root.server.message}
        </p>
      )}
    </FormDialog>
  );
}
