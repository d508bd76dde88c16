CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`operator_id` integer,
	`operator_name` text NOT NULL,
	`method` text NOT NULL,
	`area` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`summary` text NOT NULL,
	FOREIGN KEY (`operator_id`) REFERENCES `operators`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_log` (`at`);--> statement-breakpoint
CREATE INDEX `audit_operator_idx` ON `audit_log` (`operator_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_area_idx` ON `audit_log` (`area`,`at`);--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `compound` (
	`id` integer PRIMARY KEY NOT NULL,
	`name` text DEFAULT '' NOT NULL,
	`city` text DEFAULT '' NOT NULL,
	`district` text DEFAULT '' NOT NULL,
	`town` text DEFAULT '' NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`closure_start` text,
	`planned_days` integer DEFAULT 14 NOT NULL,
	`status` text DEFAULT 'closed' NOT NULL,
	`lifted_on` text,
	`fever_threshold` real DEFAULT 37.3 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `operators` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`role` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `operators_name_uq` ON `operators` (`name`);--> statement-breakpoint
CREATE TABLE `buildings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`floors` integer NOT NULL,
	`units_count` integer DEFAULT 1 NOT NULL,
	`rooms_per_floor` integer NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `buildings_name_uq` ON `buildings` (`name`);--> statement-breakpoint
CREATE TABLE `households` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`building_id` integer NOT NULL,
	`unit` text DEFAULT '' NOT NULL,
	`room` text NOT NULL,
	`householder_name` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`occupancy` text DEFAULT 'unknown' NOT NULL,
	`reg_status` text DEFAULT 'not_visited' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `households_addr_uq` ON `households` (`building_id`,`unit`,`room`);--> statement-breakpoint
CREATE INDEX `households_status_idx` ON `households` (`reg_status`);--> statement-breakpoint
CREATE TABLE `residents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`name` text NOT NULL,
	`gender` text,
	`birth_date` text,
	`id_number` text,
	`phone` text DEFAULT '' NOT NULL,
	`relation` text DEFAULT '' NOT NULL,
	`presence` text DEFAULT 'in_compound' NOT NULL,
	`pregnant` integer DEFAULT false NOT NULL,
	`chronic_illness` integer DEFAULT false NOT NULL,
	`disability` integer DEFAULT false NOT NULL,
	`regular_medicine` integer DEFAULT false NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `residents_household_idx` ON `residents` (`household_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `residents_id_number_uq` ON `residents` (`id_number`);--> statement-breakpoint
CREATE INDEX `residents_name_idx` ON `residents` (`name`);--> statement-breakpoint
CREATE INDEX `residents_phone_idx` ON `residents` (`phone`);