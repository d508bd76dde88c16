CREATE TABLE `stock_deliveries` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`line_id` text NOT NULL,
	`outcome` text NOT NULL,
	`tx_id` text,
	`runner_id` integer,
	`runner_name` text DEFAULT '' NOT NULL,
	`received_by` text DEFAULT '' NOT NULL,
	`happened_at` text NOT NULL,
	`recorded_at` text NOT NULL,
	`operator_id` integer,
	`operator_name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`line_id`) REFERENCES `stock_distrib_lines`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`tx_id`) REFERENCES `stock_tx`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`runner_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_deliveries_line_idx` ON `stock_deliveries` (`line_id`);--> statement-breakpoint
CREATE INDEX `stock_deliveries_tx_idx` ON `stock_deliveries` (`tx_id`);--> statement-breakpoint
CREATE TABLE `stock_distrib_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`distribution_id` text NOT NULL,
	`household_id` integer NOT NULL,
	`building_id` integer NOT NULL,
	`building_name` text NOT NULL,
	`room` text NOT NULL,
	`householder` text NOT NULL,
	`people` integer NOT NULL,
	`qty` integer NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`last_delivery_id` text,
	FOREIGN KEY (`distribution_id`) REFERENCES `stock_distributions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`last_delivery_id`) REFERENCES `stock_deliveries`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `stock_distrib_lines_once_idx` ON `stock_distrib_lines` (`distribution_id`,`household_id`);--> statement-breakpoint
CREATE INDEX `stock_distrib_lines_building_idx` ON `stock_distrib_lines` (`distribution_id`,`building_id`,`room`);--> statement-breakpoint
CREATE INDEX `stock_distrib_lines_household_idx` ON `stock_distrib_lines` (`household_id`);--> statement-breakpoint
CREATE TABLE `stock_distributions` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`item_id` text NOT NULL,
	`place_id` text NOT NULL,
	`scope` text,
	`basis` text NOT NULL,
	`qty` integer NOT NULL,
	`planned_on` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`households` integer NOT NULL,
	`total_qty` integer NOT NULL,
	`created_at` text NOT NULL,
	`operator_id` integer,
	`operator_name` text NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `stock_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`place_id`) REFERENCES `stock_places`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stock_distributions_day_idx` ON `stock_distributions` (`planned_on`,`item_id`);--> statement-breakpoint
CREATE TABLE `stock_issue_days` (
	`item_id` text NOT NULL,
	`day` text NOT NULL,
	`qty` integer NOT NULL,
	PRIMARY KEY(`item_id`, `day`),
	FOREIGN KEY (`item_id`) REFERENCES `stock_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TRIGGER `stock_distributions_no_update` BEFORE UPDATE ON `stock_distributions` BEGIN SELECT RAISE(ABORT, 'a distribution is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `stock_distributions_no_delete` BEFORE DELETE ON `stock_distributions` BEGIN SELECT RAISE(ABORT, 'a distribution is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `stock_distrib_lines_no_delete` BEFORE DELETE ON `stock_distrib_lines` BEGIN SELECT RAISE(ABORT, 'a distribution is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `stock_distrib_lines_state_only` BEFORE UPDATE ON `stock_distrib_lines` FOR EACH ROW
WHEN NEW.`id` IS NOT OLD.`id` OR NEW.`post_id` IS NOT OLD.`post_id` OR NEW.`distribution_id` IS NOT OLD.`distribution_id`
  OR NEW.`household_id` IS NOT OLD.`household_id` OR NEW.`building_id` IS NOT OLD.`building_id`
  OR NEW.`building_name` IS NOT OLD.`building_name` OR NEW.`room` IS NOT OLD.`room`
  OR NEW.`householder` IS NOT OLD.`householder` OR NEW.`people` IS NOT OLD.`people` OR NEW.`qty` IS NOT OLD.`qty`
BEGIN SELECT RAISE(ABORT, 'a distribution line changes only its delivery state'); END;
--> statement-breakpoint
CREATE TRIGGER `stock_deliveries_no_update` BEFORE UPDATE ON `stock_deliveries` BEGIN SELECT RAISE(ABORT, 'deliveries are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `stock_deliveries_no_delete` BEFORE DELETE ON `stock_deliveries` BEGIN SELECT RAISE(ABORT, 'deliveries are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `stock_issue_days_keep` AFTER INSERT ON `stock_lines` FOR EACH ROW
WHEN (SELECT coalesce(o.`kind`, t.`kind`) FROM `stock_tx` t LEFT JOIN `stock_tx` o ON o.`id` = t.`reverses` WHERE t.`id` = NEW.`tx_id`) = 'issue'
BEGIN
  INSERT INTO `stock_issue_days` (`item_id`, `day`, `qty`)
    VALUES (NEW.`item_id`, (SELECT date(coalesce(o.`happened_at`, t.`happened_at`), '+8 hours') FROM `stock_tx` t
      LEFT JOIN `stock_tx` o ON o.`id` = t.`reverses` WHERE t.`id` = NEW.`tx_id`), -NEW.`qty`)
    ON CONFLICT (`item_id`, `day`) DO UPDATE SET `qty` = `qty` + excluded.`qty`;
END;
--> statement-breakpoint
INSERT INTO `stock_issue_days` (`item_id`, `day`, `qty`)
  SELECT x.`item_id`, date(coalesce(o.`happened_at`, t.`happened_at`), '+8 hours'), -sum(x.`qty`)
  FROM `stock_lines` x JOIN `stock_tx` t ON t.`id` = x.`tx_id` LEFT JOIN `stock_tx` o ON o.`id` = t.`reverses`
  WHERE coalesce(o.`kind`, t.`kind`) = 'issue' GROUP BY 1, 2;
