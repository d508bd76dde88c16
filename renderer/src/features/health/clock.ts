import { useApiQuery } from '../../api/hooks';

export type PostClock = { day: string; hhmm: string };

/**
 * The post's day and time now, from the host's clock (`session.get`) carried forward by the time
 * since it was read: a slot whose window has not opened yet is not offered for entry.
 */
export function usePostClock(): PostClock | null {
  const session = useApiQuery('session.get', {});
  if (!session.data) return null;
  const now = new Date(Date.now() + Date.parse(session.data.now) - session.dataUpdatedAt);
  const at = (o: Intl.DateTimeFormatOptions) =>
    now.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', ...o });
  return {
    day: at({ year: 'numeric', month: '2-digit', day: '2-digit' }),
    hhmm: at({ hour: '2-digit', minute: '2-digit', hour12: false }),
  };
}

/** Whether a slot of `day` whose window opens at `starts` ("07:00") has opened by the post's clock. */
export function hasStarted(day: string, starts: string, clock: PostClock | null): boolean {
  if (!clock) return true;
  if (day !== clock.day) return day < clock.day;
  return starts <= clock.hhmm;
}
