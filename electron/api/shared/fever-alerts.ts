import { sql } from 'drizzle-orm';
import type { ReadDb } from '../../../db/open';

export type FeverAlertRow = {
  contactId: number;
  returneeId: number;
  name: string;
  temperature: number;
  at: string;
  hotel: string | null;
  room: string | null;
};

/**
 * A fever alert: a call that found a fever (hotel_contacts.fever) with no `fever_handled` care
 * event. It stays on the hotel board and the overview until someone records what was done, even
 * after the guest has left the hotel. One definition for both screens.
 */
export function openFeverAlerts(db: ReadDb): FeverAlertRow[] {
  return db.all<FeverAlertRow>(sql`
    SELECT c.id AS contactId, c.returnee_id AS returneeId, r.name, c.temperature, c.at,
      (SELECT h.name FROM hotel_stays s JOIN hotel_rooms rm ON rm.id = s.room_id JOIN hotels h ON h.id = rm.hotel_id
        WHERE s.returnee_id = c.returnee_id ORDER BY s.ended_at IS NULL DESC, s.id DESC LIMIT 1) AS hotel,
      (SELECT rm.number FROM hotel_stays s JOIN hotel_rooms rm ON rm.id = s.room_id
        WHERE s.returnee_id = c.returnee_id ORDER BY s.ended_at IS NULL DESC, s.id DESC LIMIT 1) AS room
    FROM hotel_contacts c JOIN returnees r ON r.id = c.returnee_id
    WHERE c.fever = 1 AND NOT EXISTS (
      SELECT 1 FROM care_events e WHERE e.contact_id = c.id AND e.kind = 'fever_handled')
    ORDER BY c.at, c.id`);
}
