import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';

/** An empty roster says what is missing (issue 10 #13): posts to staff, or a roster for these days. */
export function RosterEmpty() {
  const { t } = useTranslation();
  const posts = useApiQuery('posts.list', {});
  if (!posts.data) return null;
  return (
    <p className="card muted" data-testid="roster-empty">
      {posts.data.length === 0 ? (
        <>
          {t('empty.noPosts')} <a href="#/staff">{t('nav.staff')}</a>
        </>
      ) : (
        t('empty.noShifts')
      )}
    </p>
  );
}
