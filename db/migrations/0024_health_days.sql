-- The health rounds at district scale (issue 14). The days whose slots were made are noted in
-- health_days (a day made was "any slot of the day exists", which a hotel guest's call or a late
-- episode made look true); every day that has slots was made under the old rule and is noted so.
-- The slots' unique key leads with the day (a new day's half million rows go at the end of the
-- index), the due index follows the duty screen's order, and health_slot_counts counts each day's
-- slots per place and window start, kept by triggers on each slot's change (state, or a hotel
-- guest's slot moved with the stay) and deletion (the slots made add their counts set-based,
-- electron/api/health/slots.ts).
CREATE TABLE `health_days` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`day` text NOT NULL,
	`made_at` text NOT NULL,
	`made` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `health_days_day_uq` ON `health_days` (`day`);--> statement-breakpoint
CREATE TABLE `health_slot_counts` (
	`day` text NOT NULL,
	`building_id` integer NOT NULL,
	`hotel_id` integer NOT NULL,
	`starts` integer NOT NULL,
	`total` integer DEFAULT 0 NOT NULL,
	`done` integer DEFAULT 0 NOT NULL,
	`normal` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`day`, `building_id`, `hotel_id`, `starts`)
);
--> statement-breakpoint
DROP INDEX `health_slots_episode_uq`;--> statement-breakpoint
DROP INDEX `health_slots_state_idx`;--> statement-breakpoint
CREATE UNIQUE INDEX `health_slots_day_episode_uq` ON `health_slots` (`day`,`episode_seq`,`slot`);--> statement-breakpoint
CREATE INDEX `health_slots_state_idx` ON `health_slots` (`day`,`state`,`starts`,`building_id`,`hotel_id`);--> statement-breakpoint
INSERT INTO `health_days` (`id`, `post_id`, `day`, `made_at`, `made`)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
  coalesce((SELECT `post_id` FROM `compound` WHERE `id` = 1), ''), s.`day`, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), s.n
FROM (SELECT `day`, count(*) AS n FROM `health_slots` GROUP BY `day`) s ORDER BY s.`day`;
--> statement-breakpoint
INSERT INTO `health_slot_counts` (`day`, `building_id`, `hotel_id`, `starts`, `total`, `done`, `normal`)
SELECT `day`, coalesce(`building_id`, 0), coalesce(`hotel_id`, 0), `starts`, count(*), sum(`state` <> 'due'), sum(`state` = 'normal')
FROM `health_slots` GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
CREATE TRIGGER `health_slot_counts_change` AFTER UPDATE OF `state`, `day`, `building_id`, `hotel_id`, `starts` ON `health_slots` FOR EACH ROW
WHEN OLD.`state` IS NOT NEW.`state` OR OLD.`day` IS NOT NEW.`day` OR OLD.`building_id` IS NOT NEW.`building_id`
  OR OLD.`hotel_id` IS NOT NEW.`hotel_id` OR OLD.`starts` IS NOT NEW.`starts`
BEGIN
  UPDATE `health_slot_counts` SET `total` = `total` - 1, `done` = `done` - (OLD.`state` <> 'due'),
    `normal` = `normal` - (OLD.`state` = 'normal')
  WHERE `day` = OLD.`day` AND `building_id` = coalesce(OLD.`building_id`, 0) AND `hotel_id` = coalesce(OLD.`hotel_id`, 0) AND `starts` = OLD.`starts`;
  INSERT INTO `health_slot_counts` (`day`, `building_id`, `hotel_id`, `starts`, `total`, `done`, `normal`)
  VALUES (NEW.`day`, coalesce(NEW.`building_id`, 0), coalesce(NEW.`hotel_id`, 0), NEW.`starts`, 1, NEW.`state` <> 'due', NEW.`state` = 'normal')
  ON CONFLICT DO UPDATE SET `total` = `total` + 1, `done` = `done` + excluded.`done`, `normal` = `normal` + excluded.`normal`;
END;
--> statement-breakpoint
CREATE TRIGGER `health_slot_counts_delete` AFTER DELETE ON `health_slots` FOR EACH ROW
BEGIN
  UPDATE `health_slot_counts` SET `total` = `total` - 1, `done` = `done` - (OLD.`state` <> 'due'),
    `normal` = `normal` - (OLD.`state` = 'normal')
  WHERE `day` = OLD.`day` AND `building_id` = coalesce(OLD.`building_id`, 0) AND `hotel_id` = coalesce(OLD.`hotel_id`, 0) AND `starts` = OLD.`starts`;
END;