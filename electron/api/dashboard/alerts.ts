import type { DashAlert, Dashboard } from './contract';
import { ALERT_KINDS } from './contract';

type Parts = {
  fevers: number;
  posts: Dashboard['shifts']['posts'];
  shortShifts: { post: string; name: string; startsAt: string; shiftId: number }[];
  belowReorder: Dashboard['stock']['items'];
  errandsStale: number;
  notContacted: number;
  undecided: number;
  awaitingRoom: number;
};

const rank = (k: DashAlert['kind']) => ALERT_KINDS.indexOf(k);

/**
 * The alerts, one list most urgent first (issue 15): fevers nobody has acted on, a post with nobody
 * present, a shift of the next 24 hours short of people, stock below its reorder level, stale
 * errands, hotel guests not reached today, returnees waiting for a decision or a room. A figure of
 * zero raises nothing. Pure.
 */
export function dashAlerts(p: Parts): DashAlert[] {
  const out: DashAlert[] = [];
  if (p.fevers > 0) out.push({ kind: 'fever', count: p.fevers, subject: '', href: 'health' });
  for (const post of p.posts)
    if (post.present === 0) out.push({ kind: 'gate_unguarded', count: 1, subject: post.post, href: 'gate' });
  for (const s of p.shortShifts)
    out.push({ kind: 'shift_uncovered', count: 1, subject: `${s.post} · ${s.name}`, href: 'roster' });
  for (const i of p.belowReorder)
    out.push({ kind: 'stock_below_reorder', count: 1, subject: i.item, href: 'stock/dashboard' });
  if (p.errandsStale > 0)
    out.push({ kind: 'errand_stale', count: p.errandsStale, subject: '', href: 'errands?scope=stale' });
  if (p.notContacted > 0)
    out.push({ kind: 'guest_not_contacted', count: p.notContacted, subject: '', href: 'hotels' });
  if (p.undecided > 0)
    out.push({ kind: 'returnee_undecided', count: p.undecided, subject: '', href: 'returnees' });
  if (p.awaitingRoom > 0)
    out.push({ kind: 'returnee_no_room', count: p.awaitingRoom, subject: '', href: 'hotels' });
  return out.sort((a, b) => rank(a.kind) - rank(b.kind));
}
