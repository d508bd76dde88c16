-- Counters for the overview and households.stats (issue 11): each building's rooms by registration
-- and occupancy, and its residents, kept by triggers in the same transaction as every write to
-- buildings, households and residents (the app, the import's worker, a demo, a restore's migration
-- alike), so nothing that writes can forget them. The table is filled from the rows as they are.
-- A later migration that rebuilds buildings, households or residents drops their triggers with the
-- old table: it must create them again (tests/api/counts.test.ts fails otherwise). db/counts.ts
-- rebuilds the counts from the tables (the tests compare the two).
-- Partial indexes: who is not in the compound, and who has a need, are few (written by hand,
-- unqualified, so the planner matches them to households.stats' conditions).
CREATE TABLE `building_counts` (
	`building_id` integer PRIMARY KEY NOT NULL,
	`rooms` integer DEFAULT 0 NOT NULL,
	`not_visited` integer DEFAULT 0 NOT NULL,
	`registered` integer DEFAULT 0 NOT NULL,
	`verified` integer DEFAULT 0 NOT NULL,
	`occupied` integer DEFAULT 0 NOT NULL,
	`vacant` integer DEFAULT 0 NOT NULL,
	`unknown` integer DEFAULT 0 NOT NULL,
	`residents` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `residents_away_idx` ON `residents` (`presence`) WHERE "presence" <> 'in_compound';--> statement-breakpoint
CREATE INDEX `residents_needs_idx` ON `residents` (`pregnant`,`chronic_illness`,`disability`,`regular_medicine`) WHERE "pregnant" OR "chronic_illness" OR "disability" OR "regular_medicine";
--> statement-breakpoint
INSERT INTO `building_counts` (`building_id`, `rooms`, `not_visited`, `registered`, `verified`, `occupied`, `vacant`, `unknown`, `residents`)
SELECT b.`id`,
  (SELECT count(*) FROM `households` h WHERE h.`building_id` = b.`id`),
  (SELECT count(*) FROM `households` h WHERE h.`building_id` = b.`id` AND h.`reg_status` = 'not_visited'),
  (SELECT count(*) FROM `households` h WHERE h.`building_id` = b.`id` AND h.`reg_status` = 'registered'),
  (SELECT count(*) FROM `households` h WHERE h.`building_id` = b.`id` AND h.`reg_status` = 'verified'),
  (SELECT count(*) FROM `households` h WHERE h.`building_id` = b.`id` AND h.`occupancy` = 'occupied'),
  (SELECT count(*) FROM `households` h WHERE h.`building_id` = b.`id` AND h.`occupancy` = 'vacant'),
  (SELECT count(*) FROM `households` h WHERE h.`building_id` = b.`id` AND h.`occupancy` = 'unknown'),
  (SELECT count(*) FROM `residents` r JOIN `households` h ON h.`id` = r.`household_id` WHERE h.`building_id` = b.`id`)
FROM `buildings` b;
--> statement-breakpoint
CREATE TRIGGER `building_counts_building_insert` AFTER INSERT ON `buildings` FOR EACH ROW
BEGIN INSERT OR IGNORE INTO `building_counts` (`building_id`) VALUES (NEW.`id`); END;
--> statement-breakpoint
CREATE TRIGGER `building_counts_household_insert` AFTER INSERT ON `households` FOR EACH ROW
BEGIN
  INSERT INTO `building_counts` (`building_id`, `rooms`, `not_visited`, `registered`, `verified`, `occupied`, `vacant`, `unknown`)
  VALUES (NEW.`building_id`, 1, NEW.`reg_status` = 'not_visited', NEW.`reg_status` = 'registered', NEW.`reg_status` = 'verified',
    NEW.`occupancy` = 'occupied', NEW.`occupancy` = 'vacant', NEW.`occupancy` = 'unknown')
  ON CONFLICT (`building_id`) DO UPDATE SET `rooms` = `rooms` + 1,
    `not_visited` = `not_visited` + excluded.`not_visited`, `registered` = `registered` + excluded.`registered`,
    `verified` = `verified` + excluded.`verified`, `occupied` = `occupied` + excluded.`occupied`,
    `vacant` = `vacant` + excluded.`vacant`, `unknown` = `unknown` + excluded.`unknown`;
END;
--> statement-breakpoint
CREATE TRIGGER `building_counts_household_delete` AFTER DELETE ON `households` FOR EACH ROW
BEGIN
  UPDATE `building_counts` SET `rooms` = `rooms` - 1,
    `not_visited` = `not_visited` - (OLD.`reg_status` = 'not_visited'), `registered` = `registered` - (OLD.`reg_status` = 'registered'),
    `verified` = `verified` - (OLD.`reg_status` = 'verified'), `occupied` = `occupied` - (OLD.`occupancy` = 'occupied'),
    `vacant` = `vacant` - (OLD.`occupancy` = 'vacant'), `unknown` = `unknown` - (OLD.`occupancy` = 'unknown'),
    `residents` = `residents` - (SELECT count(*) FROM `residents` r WHERE r.`household_id` = OLD.`id`)
  WHERE `building_id` = OLD.`building_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `building_counts_household_update` AFTER UPDATE OF `building_id`, `reg_status`, `occupancy` ON `households` FOR EACH ROW
WHEN OLD.`building_id` IS NOT NEW.`building_id` OR OLD.`reg_status` IS NOT NEW.`reg_status` OR OLD.`occupancy` IS NOT NEW.`occupancy`
BEGIN
  UPDATE `building_counts` SET `rooms` = `rooms` - 1,
    `not_visited` = `not_visited` - (OLD.`reg_status` = 'not_visited'), `registered` = `registered` - (OLD.`reg_status` = 'registered'),
    `verified` = `verified` - (OLD.`reg_status` = 'verified'), `occupied` = `occupied` - (OLD.`occupancy` = 'occupied'),
    `vacant` = `vacant` - (OLD.`occupancy` = 'vacant'), `unknown` = `unknown` - (OLD.`occupancy` = 'unknown'),
    `residents` = `residents` - (SELECT count(*) FROM `residents` r WHERE r.`household_id` = OLD.`id`)
  WHERE `building_id` = OLD.`building_id`;
  INSERT INTO `building_counts` (`building_id`, `rooms`, `not_visited`, `registered`, `verified`, `occupied`, `vacant`, `unknown`, `residents`)
  VALUES (NEW.`building_id`, 1, NEW.`reg_status` = 'not_visited', NEW.`reg_status` = 'registered', NEW.`reg_status` = 'verified',
    NEW.`occupancy` = 'occupied', NEW.`occupancy` = 'vacant', NEW.`occupancy` = 'unknown',
    (SELECT count(*) FROM `residents` r WHERE r.`household_id` = NEW.`id`))
  ON CONFLICT (`building_id`) DO UPDATE SET `rooms` = `rooms` + 1,
    `not_visited` = `not_visited` + excluded.`not_visited`, `registered` = `registered` + excluded.`registered`,
    `verified` = `verified` + excluded.`verified`, `occupied` = `occupied` + excluded.`occupied`,
    `vacant` = `vacant` + excluded.`vacant`, `unknown` = `unknown` + excluded.`unknown`,
    `residents` = `residents` + excluded.`residents`;
END;
--> statement-breakpoint
CREATE TRIGGER `building_counts_resident_insert` AFTER INSERT ON `residents` FOR EACH ROW
BEGIN
  UPDATE `building_counts` SET `residents` = `residents` + 1
  WHERE `building_id` = (SELECT h.`building_id` FROM `households` h WHERE h.`id` = NEW.`household_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `building_counts_resident_delete` AFTER DELETE ON `residents` FOR EACH ROW
BEGIN
  UPDATE `building_counts` SET `residents` = `residents` - 1
  WHERE `building_id` = (SELECT h.`building_id` FROM `households` h WHERE h.`id` = OLD.`household_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `building_counts_resident_move` AFTER UPDATE OF `household_id` ON `residents` FOR EACH ROW
WHEN OLD.`household_id` IS NOT NEW.`household_id`
BEGIN
  UPDATE `building_counts` SET `residents` = `residents` - 1
  WHERE `building_id` = (SELECT h.`building_id` FROM `households` h WHERE h.`id` = OLD.`household_id`);
  UPDATE `building_counts` SET `residents` = `residents` + 1
  WHERE `building_id` = (SELECT h.`building_id` FROM `households` h WHERE h.`id` = NEW.`household_id`);
END;
