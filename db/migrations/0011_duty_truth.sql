-- The truth about who is on duty (issue 10, points 10–12, and point 2's reversal of a sign-in or a
-- no-show taken by mistake).
--
-- 1. The compound holds the attendance grace (minutes; default 15).
ALTER TABLE `compound` ADD `attendance_grace_minutes` integer DEFAULT 15 NOT NULL;--> statement-breakpoint
-- 2. Attendance becomes append-only events (text UUID key + the post's id, compound.post_id, which
--    migration 0010 made). Each row of the old `attendance` table (one per person and shift,
--    overwritten in place) moves here: a no-show as a
--    no_show dated at its shift's start; any other row as a sign_in (at its sign-in time, or the
--    shift's start if it had none) and, if it had one, a sign_out. Its note goes on its last event.
--    When each was recorded is not known: recorded_at is the time it stands for. Then the old table
--    goes; nothing in it is lost.
CREATE TABLE `attendance_events` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`shift_id` integer NOT NULL,
	`staff_id` integer NOT NULL,
	`kind` text NOT NULL,
	`at` text NOT NULL,
	`reverses` text,
	`note` text DEFAULT '' NOT NULL,
	`recorded_at` text NOT NULL,
	`recorded_by_id` integer,
	`recorded_by` text NOT NULL,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`staff_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recorded_by_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `attendance_events_shift_idx` ON `attendance_events` (`shift_id`,`staff_id`);--> statement-breakpoint
INSERT INTO `attendance_events` (`id`, `post_id`, `shift_id`, `staff_id`, `kind`, `at`, `note`, `recorded_at`, `recorded_by_id`, `recorded_by`)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
  coalesce((SELECT `post_id` FROM `compound` WHERE `id` = 1), ''), a.`shift_id`, a.`staff_id`,
  CASE WHEN a.`status` = 'no_show' THEN 'no_show' ELSE 'sign_in' END,
  CASE WHEN a.`status` = 'no_show' THEN s.`starts_at` ELSE coalesce(a.`sign_in_at`, s.`starts_at`) END,
  CASE WHEN a.`status` <> 'no_show' AND a.`sign_out_at` IS NOT NULL THEN '' ELSE a.`note` END,
  CASE WHEN a.`status` = 'no_show' THEN s.`starts_at` ELSE coalesce(a.`sign_in_at`, s.`starts_at`) END,
  a.`recorded_by_id`, a.`recorded_by`
FROM `attendance` a JOIN `shifts` s ON s.`id` = a.`shift_id`
ORDER BY a.`id`;--> statement-breakpoint
INSERT INTO `attendance_events` (`id`, `post_id`, `shift_id`, `staff_id`, `kind`, `at`, `note`, `recorded_at`, `recorded_by_id`, `recorded_by`)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
  coalesce((SELECT `post_id` FROM `compound` WHERE `id` = 1), ''), a.`shift_id`, a.`staff_id`, 'sign_out',
  a.`sign_out_at`, a.`note`, a.`sign_out_at`, a.`recorded_by_id`, a.`recorded_by`
FROM `attendance` a
WHERE a.`status` <> 'no_show' AND a.`sign_out_at` IS NOT NULL
ORDER BY a.`id`;--> statement-breakpoint
DROP TABLE `attendance`;--> statement-breakpoint
-- 3. A post can be retired (not scheduled from then on; its history stays).
ALTER TABLE `duty_posts` ADD `retired_at` text;--> statement-breakpoint
-- 4. The gate log records the temperature of people coming in, and whether it was a fever; and
--    is searched by person.
ALTER TABLE `gate_log` ADD `temperature` real;--> statement-breakpoint
ALTER TABLE `gate_log` ADD `fever` integer DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX `gate_log_who_idx` ON `gate_log` (`who`);
