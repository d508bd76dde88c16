-- Hotel guests' daily calls become checks of the temperature rounds (issue 14): one model, no second
-- way to record a temperature. Every returnee who has had a hotel stay is followed by a 'hotel_guest'
-- episode (one check a day: the call) from the first check-in (or call) to the planned end (or the
-- last call); closed with the release's reason when their last stay has ended ('hospital', else
-- 'completed'). Each call with a reading, or not reached, is a check 'via hotel_call' on the slot of
-- its day; a call that found a fever (hotel_contacts.fever) is a check that raised the alert, so the
-- board's open alerts are what they were (the hotel's fever_handled still clears one).
INSERT INTO health_episodes (id, post_id, seq, subject_kind, returnee_id, hotel_id, place, reason, from_day, to_day,
  checks_per_day, note, opened_at, opened_by_name, closed_at, close_reason, closed_by_name, last_read_pos, last_read_at)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
  coalesce((SELECT post_id FROM compound WHERE id = 1), ''),
  (SELECT coalesce(max(seq), 0) FROM health_episodes) + row_number() OVER (ORDER BY g.returnee_id),
  'returnee', g.returnee_id, rm.hotel_id, trim(coalesce(h.name, '') || ' ' || coalesce(rm.number, '')), 'hotel_guest',
  g.from_day, g.to_day, 1, '', g.opened_at, '',
  ls.ended_at,
  CASE WHEN ls.ended_at IS NULL THEN NULL WHEN ls.release_to = 'hospital' THEN 'hospital' ELSE 'completed' END,
  '',
  coalesce(g.last_read, CAST(julianday(g.from_day) - 2440587.5 AS INTEGER) - 1, 0),
  g.last_read_at
FROM (
  SELECT t.id AS returnee_id,
    min(coalesce((SELECT min(s.check_in) FROM hotel_stays s WHERE s.returnee_id = t.id), '9999'),
      coalesce((SELECT min(c.day) FROM hotel_contacts c WHERE c.returnee_id = t.id), '9999')) AS from_day,
    max(coalesce((SELECT max(s.planned_end) FROM hotel_stays s WHERE s.returnee_id = t.id), ''),
      coalesce((SELECT max(c.day) FROM hotel_contacts c WHERE c.returnee_id = t.id), '')) AS to_day,
    (SELECT min(s.started_at) FROM hotel_stays s WHERE s.returnee_id = t.id) AS opened_at,
    (SELECT s.id FROM hotel_stays s WHERE s.returnee_id = t.id ORDER BY s.ended_at IS NULL DESC, s.id DESC LIMIT 1) AS last_stay,
    (SELECT max(CAST(julianday(c.day) - 2440587.5 AS INTEGER)) FROM hotel_contacts c
      WHERE c.returnee_id = t.id AND c.reached AND c.temperature IS NOT NULL) AS last_read,
    (SELECT max(c.at) FROM hotel_contacts c WHERE c.returnee_id = t.id AND c.reached AND c.temperature IS NOT NULL) AS last_read_at
  FROM returnees t
  WHERE EXISTS (SELECT 1 FROM hotel_stays s WHERE s.returnee_id = t.id)
    AND NOT EXISTS (SELECT 1 FROM health_episodes e WHERE e.returnee_id = t.id AND e.reason = 'hotel_guest')
) g
JOIN hotel_stays ls ON ls.id = g.last_stay
LEFT JOIN hotel_rooms rm ON rm.id = ls.room_id
LEFT JOIN hotels h ON h.id = rm.hotel_id;
--> statement-breakpoint
INSERT OR IGNORE INTO health_slots (episode_seq, day, slot, starts, building_id, hotel_id)
SELECT DISTINCT e.seq, c.day, 0, 480, NULL, e.hotel_id
FROM hotel_contacts c
JOIN health_episodes e ON e.seq = (SELECT max(x.seq) FROM health_episodes x WHERE x.returnee_id = c.returnee_id AND x.reason = 'hotel_guest')
WHERE (NOT c.reached OR c.temperature IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM health_checks k WHERE k.hotel_contact_id = c.id);
--> statement-breakpoint
INSERT INTO health_checks (id, post_id, slot_id, episode_id, temperature, method, symptoms, result, via, recheck, alert,
  hotel_contact_id, note, at, recorded_at, operator_id, operator_name)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
  coalesce((SELECT post_id FROM compound WHERE id = 1), ''),
  sl.id, e.id, CASE WHEN c.reached THEN c.temperature END, 'forehead', '',
  CASE WHEN NOT c.reached THEN 'not_reached' WHEN c.fever THEN 'abnormal' ELSE 'normal' END,
  'hotel_call', 0, CASE WHEN c.reached AND c.fever THEN 1 ELSE 0 END,
  c.id, c.wellbeing, c.at, c.at, c.operator_id, c.operator_name
FROM hotel_contacts c
JOIN health_episodes e ON e.seq = (SELECT max(x.seq) FROM health_episodes x WHERE x.returnee_id = c.returnee_id AND x.reason = 'hotel_guest')
JOIN health_slots sl ON sl.episode_seq = e.seq AND sl.day = c.day AND sl.slot = 0
WHERE (NOT c.reached OR c.temperature IS NOT NULL)
  AND NOT EXISTS (SELECT 1 FROM health_checks k WHERE k.hotel_contact_id = c.id)
ORDER BY c.at, c.id;
--> statement-breakpoint
UPDATE health_slots SET
  checks = (SELECT count(*) FROM health_checks k WHERE k.slot_id = health_slots.id),
  check_id = (SELECT k.id FROM health_checks k WHERE k.slot_id = health_slots.id ORDER BY k.at DESC, k.rowid DESC LIMIT 1)
WHERE checks = 0 AND EXISTS (SELECT 1 FROM health_checks k WHERE k.slot_id = health_slots.id AND k.via = 'hotel_call');
--> statement-breakpoint
UPDATE health_slots SET
  state = (SELECT k.result FROM health_checks k WHERE k.id = health_slots.check_id),
  temperature = (SELECT k.temperature FROM health_checks k WHERE k.id = health_slots.check_id),
  at = (SELECT k.at FROM health_checks k WHERE k.id = health_slots.check_id),
  by_name = (SELECT k.operator_name FROM health_checks k WHERE k.id = health_slots.check_id)
WHERE check_id IN (SELECT k.id FROM health_checks k WHERE k.via = 'hotel_call' AND k.hotel_contact_id IS NOT NULL);
