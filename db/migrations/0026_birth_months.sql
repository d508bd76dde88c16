CREATE TABLE `resident_birth_months` (
	`month` text PRIMARY KEY NOT NULL,
	`residents` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
INSERT INTO `resident_birth_months` (`month`, `residents`)
SELECT substr(`birth_date`, 1, 7), count(*) FROM `residents` WHERE `birth_date` IS NOT NULL GROUP BY 1;
--> statement-breakpoint
CREATE TRIGGER `resident_birth_months_insert` AFTER INSERT ON `residents` FOR EACH ROW
WHEN NEW.`birth_date` IS NOT NULL
BEGIN
  INSERT INTO `resident_birth_months` (`month`, `residents`) VALUES (substr(NEW.`birth_date`, 1, 7), 1)
    ON CONFLICT (`month`) DO UPDATE SET `residents` = `residents` + 1;
END;
--> statement-breakpoint
CREATE TRIGGER `resident_birth_months_delete` AFTER DELETE ON `residents` FOR EACH ROW
WHEN OLD.`birth_date` IS NOT NULL
BEGIN
  UPDATE `resident_birth_months` SET `residents` = `residents` - 1 WHERE `month` = substr(OLD.`birth_date`, 1, 7);
END;
--> statement-breakpoint
CREATE TRIGGER `resident_birth_months_update` AFTER UPDATE OF `birth_date` ON `residents` FOR EACH ROW
WHEN OLD.`birth_date` IS NOT NEW.`birth_date`
BEGIN
  UPDATE `resident_birth_months` SET `residents` = `residents` - 1
    WHERE OLD.`birth_date` IS NOT NULL AND `month` = substr(OLD.`birth_date`, 1, 7);
  INSERT INTO `resident_birth_months` (`month`, `residents`)
    SELECT substr(NEW.`birth_date`, 1, 7), 1 WHERE NEW.`birth_date` IS NOT NULL
    ON CONFLICT (`month`) DO UPDATE SET `residents` = `residents` + 1;
END;
