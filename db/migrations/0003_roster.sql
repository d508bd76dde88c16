CREATE TABLE `assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shift_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`pinned` integer DEFAULT false NOT NULL,
	`source` text NOT NULL,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `assignments_uq` ON `assignments` (`shift_id`,`staff_id`);--> statement-breakpoint
CREATE INDEX `assignments_staff_idx` ON `assignments` (`staff_id`);--> statement-breakpoint
CREATE TABLE `duty_posts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`sort_order` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE `roster_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`operator_name` text NOT NULL,
	`kind` text NOT NULL,
	`shift_id` integer,
	`staff_id` integer,
	`other_shift_id` integer,
	`other_staff_id` integer,
	`breaches` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `runner_buildings` (
	`staff_id` integer NOT NULL,
	`building_id` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `runner_buildings_uq` ON `runner_buildings` (`staff_id`,`building_id`);--> statement-breakpoint
CREATE TABLE `shift_templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`name` text NOT NULL,
	`start` text NOT NULL,
	`hours` integer NOT NULL,
	`headcount` integer NOT NULL,
	`requirements` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `duty_posts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `templates_post_idx` ON `shift_templates` (`post_id`);--> statement-breakpoint
CREATE TABLE `shifts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`template_id` integer NOT NULL,
	`post_id` integer NOT NULL,
	`day` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	FOREIGN KEY (`template_id`) REFERENCES `shift_templates`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`post_id`) REFERENCES `duty_posts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shifts_template_day_uq` ON `shifts` (`template_id`,`day`);--> statement-breakpoint
CREATE INDEX `shifts_start_idx` ON `shifts` (`starts_at`);--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	`role` text NOT NULL,
	`organisation` text DEFAULT '' NOT NULL,
	`skills` text DEFAULT '[]' NOT NULL,
	`max_weekly_hours` integer DEFAULT 48 NOT NULL,
	`active` integer DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff_unavailable` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`from_at` text NOT NULL,
	`to_at` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `unavailable_staff_idx` ON `staff_unavailable` (`staff_id`);--> statement-breakpoint
ALTER TABLE `compound` ADD `min_rest_hours` integer DEFAULT 8 NOT NULL;--> statement-breakpoint
ALTER TABLE `compound` ADD `max_consecutive_days` integer DEFAULT 6 NOT NULL;