CREATE TABLE `attendance` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shift_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`status` text NOT NULL,
	`sign_in_at` text,
	`sign_out_at` text,
	`note` text DEFAULT '' NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `attendance_uq` ON `attendance` (`shift_id`,`staff_id`);--> statement-breakpoint
CREATE TABLE `gate_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`post_id` integer NOT NULL,
	`at` text NOT NULL,
	`direction` text NOT NULL,
	`kind` text NOT NULL,
	`who` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`on_duty` text DEFAULT '' NOT NULL,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`post_id`) REFERENCES `duty_posts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `gate_log_at_idx` ON `gate_log` (`at`);