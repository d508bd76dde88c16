-- Record versions (issue 8, lost updates). Hand-written after the generated ALTERs: a trigger per
-- table bumps `version` on any UPDATE that did not bump it itself, so no handler (a move, an import,
-- a placement) can change a row without the forms seeing it as a newer version.
ALTER TABLE `compound` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `households` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `residents` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `hotels` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `duty_posts` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE `staff` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
CREATE TRIGGER `compound_version_bump` AFTER UPDATE ON `compound` FOR EACH ROW WHEN NEW.`version` = OLD.`version`
BEGIN UPDATE `compound` SET `version` = OLD.`version` + 1 WHERE `id` = OLD.`id`; END;
--> statement-breakpoint
CREATE TRIGGER `households_version_bump` AFTER UPDATE ON `households` FOR EACH ROW WHEN NEW.`version` = OLD.`version`
BEGIN UPDATE `households` SET `version` = OLD.`version` + 1 WHERE `id` = OLD.`id`; END;
--> statement-breakpoint
CREATE TRIGGER `residents_version_bump` AFTER UPDATE ON `residents` FOR EACH ROW WHEN NEW.`version` = OLD.`version`
BEGIN UPDATE `residents` SET `version` = OLD.`version` + 1 WHERE `id` = OLD.`id`; END;
--> statement-breakpoint
CREATE TRIGGER `hotels_version_bump` AFTER UPDATE ON `hotels` FOR EACH ROW WHEN NEW.`version` = OLD.`version`
BEGIN UPDATE `hotels` SET `version` = OLD.`version` + 1 WHERE `id` = OLD.`id`; END;
--> statement-breakpoint
CREATE TRIGGER `duty_posts_version_bump` AFTER UPDATE ON `duty_posts` FOR EACH ROW WHEN NEW.`version` = OLD.`version`
BEGIN UPDATE `duty_posts` SET `version` = OLD.`version` + 1 WHERE `id` = OLD.`id`; END;
--> statement-breakpoint
CREATE TRIGGER `staff_version_bump` AFTER UPDATE ON `staff` FOR EACH ROW WHEN NEW.`version` = OLD.`version`
BEGIN UPDATE `staff` SET `version` = OLD.`version` + 1 WHERE `id` = OLD.`id`; END;
