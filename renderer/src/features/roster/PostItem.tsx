import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Out } from '../../../../electron/api/contract';
import { formatInstant } from '../../../../electron/api/shared/dates';
import { useApiMutation } from '../../api/hooks';
import { PostEditDialog } from './PostEditDialog';

type Post = Out<'posts.list'>[number];

/** One post: its shift pattern, and edit, retire (or put back) and delete while nothing refers to it. */
export function PostItem({ p }: { p: Post }) {
  const { t } = useTranslation();
  const retire = useApiMutation('posts.retire');
  const remove = useApiMutation('posts.delete');
  const [editing, setEditing] = useState(false);
  const pattern = p.templates
    .map(
      (x) =>
        `${x.name} ${x.start}${t('punct.open')}${[
          `${x.hours}h`,
          t('posts.people', { n: x.headcount }),
          ...x.requirements.map((q) =>
            t('posts.atLeast', {
              n: q.min,
              roles: q.roles.map((r) => t(`roles.${r}`)).join(t('posts.or')),
            }),
          ),
        ].join(t('punct.comma'))}${t('punct.close')}`,
    )
    .join(t('punct.semi'));
  return (
    <li className={p.retiredAt ? 'post-item retired' : 'post-item'} data-testid={`post-${p.name}`}>
      <span>
        <strong>{p.name}</strong>
        {t('punct.colon')}
        {pattern}
        {p.retiredAt && (
          <em className="muted">
            {' '}
            {t('punct.open')}
            {t('posts.retiredSince', { at: formatInstant(p.retiredAt).slice(0, 10) })}
            {t('punct.close')}
          </em>
        )}
      </span>
      <span className="post-actions">
        {!p.retiredAt && (
          <button type="button" className="link" onClick={() => setEditing(true)}>
            {t('posts.edit')}
          </button>
        )}
        <button
          type="button"
          className="link"
          disabled={retire.isPending}
          onClick={() => {
            if (!p.retiredAt && !window.confirm(t('posts.retireConfirm', { name: p.name }))) return;
            retire.mutate({ id: p.id, version: p.version, retired: !p.retiredAt });
          }}
        >
          {p.retiredAt ? t('posts.restore') : t('posts.retire')}
        </button>
        {p.shifts === 0 && (
          <button
            type="button"
            className="link danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate({ id: p.id, version: p.version })}
          >
            {t('posts.remove')}
          </button>
        )}
      </span>
      {editing && <PostEditDialog post={p} onDone={() => setEditing(false)} />}
    </li>
  );
}
