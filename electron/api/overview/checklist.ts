import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';

import type { Checklist } from './contract';

/**
 * The first-day checklist (issue 10 #13). A step is done when the data it produces exists; the
 * screen words each key and links to its page.
 */
export function readChecklist(db: ReadDb): Checklist {
  const c = db.get<{
    named: number;
    buildings: number;
    residents: number;
    members: number;
    posts: number;
    shifts: number;
    hotels: number;
  }>(sql`SELECT
      (SELECT count(*) FROM compound WHERE trim(name) <> '' AND closure_start IS NOT NULL) AS named,
      (SELECT count(*) FROM buildings) AS buildings,
      (SELECT count(*) FROM residents) AS residents,
      (SELECT count(*) FROM team_members WHERE active = 1) AS members,
      (SELECT count(*) FROM duty_posts) AS posts,
      (SELECT count(*) FROM assignments) AS shifts,
      (SELECT count(*) FROM hotels) AS hotels`);
  const steps: Checklist['steps'] = [
    { key: 'compound', done: c.named > 0, count: c.named },
    { key: 'buildings', done: c.buildings > 0, count: c.buildings },
    { key: 'residents', done: c.residents > 0, count: c.residents },
    // The team is ready when there are people to roster and posts to roster them at.
    { key: 'team', done: c.members > 0 && c.posts > 0, count: c.members },
    { key: 'roster', done: c.shifts > 0, count: c.shifts },
    { key: 'hotels', done: c.hotels > 0, count: c.hotels },
  ];
  return { steps, allDone: steps.every((s) => s.done) };
}
