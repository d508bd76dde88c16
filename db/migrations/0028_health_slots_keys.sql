-- A day's check slots at district scale (issue 11): 627,000 rows made in one step, a fifth of whose
-- time went to checking each row's episode, building and hotel against their tables. Every one of
-- those values is copied from the slot's episode row (which keeps its own foreign keys) in the same
-- statement, and none of the three parents is ever deleted, so the slots drop their foreign keys.
-- SQLite cannot drop a constraint in place: the table is rebuilt (its 12-step procedure, as
-- drizzle-kit generates it), then its indexes and the triggers of 0018 and 0024 are made again.
-- `PRAGMA foreign_keys=OFF` is a no-op inside the migration's transaction: db/migrate.ts sees it and
-- turns the keys off around the transaction, and checks every foreign key before committing.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_health_slots` (
	`id` integer PRIMARY KEY NOT NULL,
	`episode_seq` integer NOT NULL,
	`day` text NOT NULL,
	`slot` integer NOT NULL,
	`starts` integer NOT NULL,
	`building_id` integer,
	`hotel_id` integer,
	`state` text DEFAULT 'due' NOT NULL,
	`temperature` real,
	`at` text,
	`by_name` text DEFAULT '' NOT NULL,
	`recheck_due` integer DEFAULT false NOT NULL,
	`check_id` text,
	`checks` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `__new_health_slots`("id", "episode_seq", "day", "slot", "starts", "building_id", "hotel_id", "state", "temperature", "at", "by_name", "recheck_due", "check_id", "checks") SELECT "id", "episode_seq", "day", "slot", "starts", "building_id", "hotel_id", "state", "temperature", "at", "by_name", "recheck_due", "check_id", "checks" FROM `health_slots`;--> statement-breakpoint
DROP TABLE `health_slots`;--> statement-breakpoint
ALTER TABLE `__new_health_slots` RENAME TO `health_slots`;--> statement-breakpoint
CREATE UNIQUE INDEX `health_slots_day_episode_uq` ON `health_slots` (`day`,`episode_seq`,`slot`);--> statement-breakpoint
CREATE INDEX `health_slots_place_idx` ON `health_slots` (`day`,`building_id`,`hotel_id`,`starts`,`state`);--> statement-breakpoint
CREATE INDEX `health_slots_state_idx` ON `health_slots` (`day`,`state`,`starts`,`building_id`,`hotel_id`);--> statement-breakpoint
CREATE INDEX `health_slots_recheck_idx` ON `health_slots` (`day`) WHERE "health_slots"."recheck_due";--> statement-breakpoint
CREATE TRIGGER `health_slots_checked_kept` BEFORE DELETE ON `health_slots` WHEN OLD.`checks` > 0 BEGIN SELECT RAISE(ABORT, 'a slot with a check is kept'); END;--> statement-breakpoint
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
END;--> statement-breakpoint
CREATE TRIGGER `health_slot_counts_delete` AFTER DELETE ON `health_slots` FOR EACH ROW
BEGIN
  UPDATE `health_slot_counts` SET `total` = `total` - 1, `done` = `done` - (OLD.`state` <> 'due'),
    `normal` = `normal` - (OLD.`state` = 'normal')
  WHERE `day` = OLD.`day` AND `building_id` = coalesce(OLD.`building_id`, 0) AND `hotel_id` = coalesce(OLD.`hotel_id`, 0) AND `starts` = OLD.`starts`;
END;--> statement-breakpoint
PRAGMA foreign_keys=ON;
