-- Hotel guests are checked twice a day like residents (issue 14): their 'hotel_guest' episodes of one
-- check a day (0019, and placements before this release) become two a day, morning (07:00-13:00) and
-- afternoon (13:00-20:00). Nothing is lost or doubled: every check stays, moved to the slot of its
-- own time window (a recheck with the reading it rechecks; a check taken on another day than its
-- slot's stays in the morning); a daily slot all of whose checks fell in the afternoon becomes that
-- day's afternoon slot (no morning is made for a past day: nobody was asked then); one with checks in
-- both windows is split, each half keeping its latest check. Slots never checked stay as the morning.
-- The last day slots were made for (the day of the upgrade) gets the afternoon slot its open
-- episodes now owe. Each episode's "last read" position is recounted in the new rhythm.
CREATE TABLE `_guest_checks_moved` (`check_id` text PRIMARY KEY NOT NULL, `old_slot` integer NOT NULL, `pm` integer NOT NULL);
--> statement-breakpoint
INSERT INTO `_guest_checks_moved` (check_id, old_slot, pm)
SELECT k.id, k.slot_id,
  CASE WHEN date(r.at, '+8 hours') = s.day AND CAST(strftime('%H', r.at, '+8 hours') AS INTEGER) >= 13 THEN 1 ELSE 0 END
FROM health_checks k
JOIN health_slots s ON s.id = k.slot_id
JOIN health_episodes e ON e.seq = s.episode_seq
JOIN health_checks r ON r.id = CASE WHEN k.recheck THEN coalesce((SELECT p.id FROM health_checks p
    WHERE p.slot_id = k.slot_id AND NOT p.recheck AND p.at <= k.at ORDER BY p.at DESC, p.rowid DESC LIMIT 1), k.id)
  ELSE k.id END
WHERE e.reason = 'hotel_guest' AND e.checks_per_day = 1;
--> statement-breakpoint
-- A daily slot whose checks all fell in the afternoon is that day's afternoon slot, kept as it is.
UPDATE health_slots SET slot = 1, starts = 780
WHERE id IN (SELECT old_slot FROM `_guest_checks_moved` GROUP BY old_slot HAVING min(pm) = 1);
--> statement-breakpoint
DELETE FROM `_guest_checks_moved` WHERE old_slot IN (SELECT id FROM health_slots WHERE slot = 1);
--> statement-breakpoint
-- Checks in both windows: the afternoon ones go to a new afternoon slot of the same day and place
-- (the checks' one-time move to the new rhythm: their append-only guard is lifted for it alone).
INSERT INTO health_slots (episode_seq, day, slot, starts, building_id, hotel_id)
SELECT s.episode_seq, s.day, 1, 780, s.building_id, s.hotel_id FROM health_slots s
WHERE s.id IN (SELECT old_slot FROM `_guest_checks_moved` WHERE pm = 1);
--> statement-breakpoint
DROP TRIGGER `health_checks_no_update`;
--> statement-breakpoint
UPDATE health_checks SET slot_id = (SELECT n.id FROM `_guest_checks_moved` m JOIN health_slots o ON o.id = m.old_slot
    JOIN health_slots n ON n.episode_seq = o.episode_seq AND n.day = o.day AND n.slot = 1
  WHERE m.check_id = health_checks.id)
WHERE id IN (SELECT check_id FROM `_guest_checks_moved` WHERE pm = 1);
--> statement-breakpoint
CREATE TRIGGER `health_checks_no_update` BEFORE UPDATE ON `health_checks` BEGIN SELECT RAISE(ABORT, 'health checks are append-only'); END;
--> statement-breakpoint
-- Both halves of a split slot keep their latest check (a high reading not rechecked asks for one).
UPDATE health_slots SET
  checks = (SELECT count(*) FROM health_checks k WHERE k.slot_id = health_slots.id),
  check_id = (SELECT k.id FROM health_checks k WHERE k.slot_id = health_slots.id ORDER BY k.at DESC, k.rowid DESC LIMIT 1)
WHERE id IN (SELECT old_slot FROM `_guest_checks_moved` WHERE pm = 1)
  OR id IN (SELECT k.slot_id FROM `_guest_checks_moved` m JOIN health_checks k ON k.id = m.check_id WHERE m.pm = 1);
--> statement-breakpoint
UPDATE health_slots SET
  state = (SELECT k.result FROM health_checks k WHERE k.id = health_slots.check_id),
  temperature = (SELECT k.temperature FROM health_checks k WHERE k.id = health_slots.check_id),
  at = (SELECT k.at FROM health_checks k WHERE k.id = health_slots.check_id),
  by_name = (SELECT k.operator_name FROM health_checks k WHERE k.id = health_slots.check_id),
  recheck_due = (SELECT k.result = 'abnormal' AND NOT k.alert FROM health_checks k WHERE k.id = health_slots.check_id)
WHERE id IN (SELECT old_slot FROM `_guest_checks_moved` WHERE pm = 1)
  OR id IN (SELECT k.slot_id FROM `_guest_checks_moved` m JOIN health_checks k ON k.id = m.check_id WHERE m.pm = 1);
--> statement-breakpoint
DROP TABLE `_guest_checks_moved`;
--> statement-breakpoint
-- The remaining daily slots are mornings.
UPDATE health_slots SET starts = 420
WHERE slot = 0 AND episode_seq IN (SELECT seq FROM health_episodes WHERE reason = 'hotel_guest' AND checks_per_day = 1);
--> statement-breakpoint
-- The day of the upgrade: an open episode's morning there gets its afternoon.
INSERT INTO health_slots (episode_seq, day, slot, starts, building_id, hotel_id)
SELECT s.episode_seq, s.day, 1, 780, s.building_id, s.hotel_id
FROM health_slots s JOIN health_episodes e ON e.seq = s.episode_seq
WHERE e.reason = 'hotel_guest' AND e.checks_per_day = 1 AND e.closed_at IS NULL AND s.slot = 0
  AND s.day = (SELECT max(day) FROM health_slots) AND s.day BETWEEN e.from_day AND e.to_day
  AND NOT EXISTS (SELECT 1 FROM health_slots x WHERE x.episode_seq = s.episode_seq AND x.day = s.day AND x.slot = 1);
--> statement-breakpoint
UPDATE health_episodes SET checks_per_day = 2,
  last_read_pos = coalesce(
    (SELECT max(CAST(julianday(s.day) - 2440587.5 AS INTEGER) * 2 + s.slot) FROM health_checks k
      JOIN health_slots s ON s.id = k.slot_id WHERE k.episode_id = health_episodes.id AND k.result IN ('normal', 'abnormal')),
    CAST(julianday(from_day) - 2440587.5 AS INTEGER) * 2 - 1, last_read_pos)
WHERE reason = 'hotel_guest' AND checks_per_day = 1;
