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
 * The hotel board's fever alerts: the open fever alerts of the rounds (`openHealthAlerts`, below: one
 * definition) that came from a guest's daily call, with the call and the guest's hotel and room (the
 * current stay's, else the last). An alert stays until the hotel records what was done
 * (`fever_handled`) or the doctor triages its request, even after the guest has left the hotel.
 */
export function openFeverAlerts(db: ReadDb, alerts = openHealthAlerts(db)): FeverAlertRow[] {
  return alerts.flatMap((a) => {
    if (a.hotelContactId === null || a.returneeId === null) return [];
    const where = db.get<{ hotel: string; room: string } | undefined>(sql`
      SELECT h.name AS hotel, rm.number AS room FROM hotel_stays s JOIN hotel_rooms rm ON rm.id = s.room_id
        JOIN hotels h ON h.id = rm.hotel_id
      WHERE s.returnee_id = ${a.returneeId} ORDER BY s.ended_at IS NULL DESC, s.id DESC LIMIT 1`);
    return [
      {
        contactId: a.hotelContactId,
        returneeId: a.returneeId,
        name: a.name,
        temperature: a.temperature,
        at: a.at,
        hotel: where?.hotel ?? null,
        room: where?.room ?? null,
      },
    ];
  });
}

export type HealthAlertRow = {
  checkId: string;
  slotId: number;
  episodeId: string;
  subjectKind: 'resident' | 'returnee';
  residentId: number | null;
  returneeId: number | null;
  name: string;
  place: string;
  phone: string;
  temperature: number;
  firstTemperature: number | null;
  at: string;
  via: string;
  hotelContactId: number | null;
  medicalId: string | null;
};

/**
 * A fever alert of the temperature rounds (issue 14): a check that raised one (`alert`: a high
 * recheck after a rest, or a high reading on a hotel guest's call) that nobody has acted on — the
 * doctor's triage of a medical request naming the check, or (a hotel call) the hotel's
 * `fever_handled`. It stays on the duty screen until then. One definition for every screen.
 */
export function openHealthAlerts(db: ReadDb): HealthAlertRow[] {
  return db.all<HealthAlertRow>(sql`
    SELECT c.id AS checkId, c.slot_id AS slotId, c.episode_id AS episodeId, x.subject_kind AS subjectKind,
      x.resident_id AS residentId, x.returnee_id AS returneeId, x.place, c.temperature, c.at, c.via,
      c.hotel_contact_id AS hotelContactId,
      coalesce((SELECT name FROM residents WHERE id = x.resident_id), (SELECT name FROM returnees WHERE id = x.returnee_id), '') AS name,
      coalesce((SELECT coalesce(nullif(r.phone, ''), h.phone) FROM residents r JOIN households h ON h.id = r.household_id WHERE r.id = x.resident_id),
        (SELECT phone FROM returnees WHERE id = x.returnee_id), '') AS phone,
      (SELECT p.temperature FROM health_checks p WHERE p.slot_id = c.slot_id AND p.result = 'abnormal' AND NOT p.alert
        AND p.at <= c.at ORDER BY p.at DESC LIMIT 1) AS firstTemperature,
      (SELECT m.id FROM medical_requests m WHERE m.check_id = c.id ORDER BY m.created_at, m.id LIMIT 1) AS medicalId
    FROM health_checks c JOIN health_episodes x ON x.id = c.episode_id
    WHERE c.alert
      AND NOT EXISTS (SELECT 1 FROM medical_requests m WHERE m.check_id = c.id AND m.action IS NOT NULL)
      AND NOT EXISTS (SELECT 1 FROM care_events e WHERE c.hotel_contact_id IS NOT NULL
        AND e.contact_id = c.hotel_contact_id AND e.kind = 'fever_handled')
    ORDER BY c.at, c.id`);
}
