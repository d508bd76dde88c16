import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { TeamRole } from '../../../../db/schema/enums';
import { postsContract } from '../../../../electron/api/posts/contract';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { landServerErrors, worded } from '../../components/form';
import { PostItem } from './PostItem';

const SaveInput = postsContract['posts.save'].input;
type Form = z.input<typeof SaveInput>;

const GUARD: TeamRole[] = ['police_officer', 'property_manager'];
/** Shift names are words of the UI language (posts.shift.*): the post is named in the language it is made in. */
const PATTERNS: Record<'3x8' | '2x12', [string, string, number][]> = {
  '3x8': [
    ['night', '00:00', 8],
    ['morning', '08:00', 8],
    ['evening', '16:00', 8],
  ],
  '2x12': [
    ['day', '08:00', 12],
    ['night', '20:00', 12],
  ],
};

/** A custom pattern: shifts of `hours` from `start`, round the clock. */
export function customPattern(
  start: string,
  hours: number,
  nth: (n: number) => string,
): [string, string, number][] {
  const [h = 0, m = 0] = start.split(':').map(Number);
  const count = Math.max(1, Math.round(24 / Math.max(1, hours)));
  return Array.from({ length: count }, (_, i) => {
    const at = (h * 60 + m + i * hours * 60) % (24 * 60);
    return [
      nth(i + 1),
      `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`,
      hours,
    ];
  });
}

/** Duty posts and their shift pattern: 3 × 8 h from 00:00, or 2 × 12 h, with head count and role mix. */
export function PostsPanel() {
  const { t } = useTranslation();
  const posts = useApiQuery('posts.list', {});
  const save = useApiMutation('posts.save', { toastErrors: false });
  const { register, handleSubmit, formState, setError, setValue, reset } = useForm<Form>({
    resolver: worded(zodResolver(SaveInput)),
    defaultValues: { name: '', templates: [] },
  });
  const [pattern, setPattern] = useState<'3x8' | '2x12' | 'custom'>('3x8');
  const [start, setStart] = useState('06:00');
  const [hours, setHours] = useState(6);
  const [headcount, setHeadcount] = useState(2);
  const [guard, setGuard] = useState(true);
  // The pattern chosen above becomes the method's templates (named in the UI language).
  useEffect(() => {
    const shifts =
      pattern === 'custom'
        ? customPattern(start, hours, (n) => t('posts.nth', { n }))
        : PATTERNS[pattern].map(([k, s, h]): [string, string, number] => [t(`posts.shift.${k}`), s, h]);
    setValue(
      'templates',
      shifts.map(([n, at, h]) => ({
        name: n,
        start: at,
        hours: h,
        headcount,
        requirements: guard ? [{ roles: GUARD, min: 1 }] : [],
      })),
    );
  }, [pattern, start, hours, headcount, guard, t, setValue]);
  const submit = handleSubmit(async (v) => {
    try {
      await save.mutateAsync(v);
      reset({ ...v, name: '' });
    } catch (e) {
      // A name already in use is said beside the name; what was typed stays.
      if (!landServerErrors(e, setError, ['name']))
        setError('root.server', { message: (e as Error).message });
    }
  });
  return (
    <section className="card">
      <h2>{t('posts.title')}</h2>
      <ul className="plain">
        {posts.data?.map((p) => (
          <PostItem key={`${p.id}-${p.version}`} p={p} />
        ))}
      </ul>
      <form className="row" onSubmit={(e) => void submit(e)} noValidate>
        <label className="field">
          <span>{t('posts.name')}</span>
          <input {...register('name')} aria-invalid={!!formState.errors.name} />
          {formState.errors.name && <em className="field-error">{formState.errors.name.message}</em>}
        </label>
        <label className="field">
          <span>{t('posts.pattern')}</span>
          <select value={pattern} onChange={(e) => setPattern(e.target.value as '3x8' | '2x12' | 'custom')}>
            <option value="3x8">{t('posts.p3x8')}</option>
            <option value="2x12">{t('posts.p2x12')}</option>
            <option value="custom">{t('posts.custom')}</option>
          </select>
        </label>
        {pattern === 'custom' && (
          <>
            <label className="field narrow">
              <span>{t('posts.start')}</span>
              <input type="time" value={start} onChange={(e) => setStart(e.target.value)} />
            </label>
            <label className="field narrow">
              <span>{t('posts.hours')}</span>
              <input
                type="number"
                min={1}
                max={24}
                value={hours}
                onChange={(e) => setHours(Number(e.target.value))}
              />
            </label>
          </>
        )}
        <label className="field narrow">
          <span>{t('posts.headcount')}</span>
          <input
            type="number"
            min={1}
            value={headcount}
            onChange={(e) => setHeadcount(Number(e.target.value))}
          />
        </label>
        <label className="check">
          <input type="checkbox" checked={guard} onChange={(e) => setGuard(e.target.checked)} />{' '}
          {t('posts.needsGuard')}
        </label>
        <button type="submit">{t('posts.add')}</button>
        {(formState.errors.root?.server || formState.errors.templates) && (
          <p className="error-box" role="alert">
            {formState.errors.root?.server?.message ??
              formState.errors.templates?.message ??
              formState.errors.templates?.root?.message}
          </p>
        )}
      </form>
    </section>
  );
}
