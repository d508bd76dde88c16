import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { CARE_EVENT_KINDS } from './enums';
import { hotelContacts, hotelNeeds, hotelStays, returnees } from './returnees';
import { stockTx } from './stock';
import { memberRef } from './team';

/**
 * What the post did for a hotel guest beyond the stay itself (issue 10): a commander's override of a
 * release, a release undone, a need handled or reopened, a fever alert handled, a planned end moved.
 * An event table: UUID key, the post's id, append-only — a mistake is reversed by a new row
 * (`reverses` names the row it undoes, `reason` says why), never by deleting or editing one.
 */
export const careEvents = sqliteTable(
  'care_events',
  {
    id: text('id').primaryKey(),
    postId: text('post_id').notNull(),
    returneeId: integer('returnee_id')
      .notNull()
      .references(() => returnees.id),
    kind: text('kind', { enum: CARE_EVENT_KINDS }).notNull(),
    stayId: integer('stay_id').references(() => hotelStays.id),
    needId: integer('need_id').references(() => hotelNeeds.id),
    contactId: integer('contact_id').references(() => hotelContacts.id),
    /** What was done, a code: NEED_DONE for a need, FEVER_ACTIONS for a fever. */
    action: text('action'),
    /** Typed by a person: the note, the override's or the reversal's reason. */
    reason: text('reason').notNull().default(''),
    /** For a moved planned end: the day before and after. */
    fromDay: text('from_day'),
    toDay: text('to_day'),
    /** A need handled by handing things out from stock: the issue (stock_tx) that gave them. */
    stockTxId: text('stock_tx_id').references(() => stockTx.id),
    /** The id of the care event this row reverses. */
    reverses: text('reverses'),
    byId: memberRef('by_id'),
    byName: text('by_name').notNull(),
    at: text('at').notNull(),
  },
  (t) => [
    index('care_events_returnee_idx').on(t.returneeId),
    index('care_events_need_idx').on(t.needId),
    index('care_events_contact_idx').on(t.contactId),
  ],
);
