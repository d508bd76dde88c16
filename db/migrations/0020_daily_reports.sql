CREATE TABLE `daily_reports` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`day` text NOT NULL,
	`version` integer NOT NULL,
	`figures` text NOT NULL,
	`nil_report` integer DEFAULT false NOT NULL,
	`incidents` text DEFAULT '' NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`changes` text DEFAULT '[]' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`signed_at` text NOT NULL,
	`signed_by_id` integer,
	`signed_by_name` text NOT NULL,
	FOREIGN KEY (`signed_by_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `daily_reports_day_uq` ON `daily_reports` (`day`,`version`);