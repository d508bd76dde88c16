CREATE TABLE `household_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`at` text NOT NULL,
	`operator_name` text NOT NULL,
	`summary` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `household_events_household_idx` ON `household_events` (`household_id`,`at`);--> statement-breakpoint
CREATE TABLE `household_sources` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`method` text NOT NULL,
	`day` text NOT NULL,
	`operator_id` integer,
	`operator_name` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `household_sources_household_idx` ON `household_sources` (`household_id`);--> statement-breakpoint
CREATE INDEX `residents_birth_idx` ON `residents` (`birth_date`);