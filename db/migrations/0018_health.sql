CREATE TABLE `health_checks` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`slot_id` integer NOT NULL,
	`episode_id` text NOT NULL,
	`temperature` real,
	`method` text NOT NULL,
	`symptoms` text DEFAULT '' NOT NULL,
	`result` text NOT NULL,
	`via` text NOT NULL,
	`recheck` integer DEFAULT false NOT NULL,
	`alert` integer DEFAULT false NOT NULL,
	`hotel_contact_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`at` text NOT NULL,
	`recorded_at` text NOT NULL,
	`operator_id` integer,
	`operator_name` text NOT NULL,
	FOREIGN KEY (`slot_id`) REFERENCES `health_slots`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`episode_id`) REFERENCES `health_episodes`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hotel_contact_id`) REFERENCES `hotel_contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `health_checks_slot_idx` ON `health_checks` (`slot_id`);--> statement-breakpoint
CREATE INDEX `health_checks_episode_idx` ON `health_checks` (`episode_id`,`at`);--> statement-breakpoint
CREATE INDEX `health_checks_alert_idx` ON `health_checks` (`at`) WHERE "health_checks"."alert";--> statement-breakpoint
CREATE INDEX `health_checks_contact_idx` ON `health_checks` (`hotel_contact_id`) WHERE "health_checks"."hotel_contact_id" IS NOT NULL;--> statement-breakpoint
CREATE TABLE `health_episodes` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`seq` integer NOT NULL,
	`subject_kind` text NOT NULL,
	`resident_id` integer,
	`returnee_id` integer,
	`household_id` integer,
	`building_id` integer,
	`hotel_id` integer,
	`place` text DEFAULT '' NOT NULL,
	`reason` text NOT NULL,
	`from_day` text NOT NULL,
	`to_day` text NOT NULL,
	`checks_per_day` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`opened_at` text NOT NULL,
	`opened_by_id` integer,
	`opened_by_name` text NOT NULL,
	`closed_at` text,
	`close_reason` text,
	`close_note` text DEFAULT '' NOT NULL,
	`closed_by_id` integer,
	`closed_by_name` text DEFAULT '' NOT NULL,
	`last_read_pos` integer NOT NULL,
	`last_read_at` text,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`returnee_id`) REFERENCES `returnees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hotel_id`) REFERENCES `hotels`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`opened_by_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`closed_by_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `health_episodes_seq_uq` ON `health_episodes` (`seq`);--> statement-breakpoint
CREATE INDEX `health_episodes_resident_idx` ON `health_episodes` (`resident_id`);--> statement-breakpoint
CREATE INDEX `health_episodes_returnee_idx` ON `health_episodes` (`returnee_id`);--> statement-breakpoint
CREATE INDEX `health_episodes_building_idx` ON `health_episodes` (`building_id`,`closed_at`);--> statement-breakpoint
CREATE INDEX `health_episodes_hotel_idx` ON `health_episodes` (`hotel_id`,`closed_at`);--> statement-breakpoint
CREATE INDEX `health_episodes_open_seen_idx` ON `health_episodes` (`checks_per_day`,`last_read_pos`) WHERE "health_episodes"."closed_at" IS NULL;--> statement-breakpoint
CREATE TABLE `health_slots` (
	`id` integer PRIMARY KEY NOT NULL,
	`episode_seq` integer NOT NULL,
	`day` text NOT NULL,
	`slot` integer NOT NULL,
	`starts` integer NOT NULL,
	`building_id` integer,
	`hotel_id` integer,
	`state` text DEFAULT 'due' NOT NULL,
	`temperature` real,
	`at` text,
	`by_name` text DEFAULT '' NOT NULL,
	`recheck_due` integer DEFAULT false NOT NULL,
	`check_id` text,
	`checks` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`episode_seq`) REFERENCES `health_episodes`(`seq`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`hotel_id`) REFERENCES `hotels`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `health_slots_episode_uq` ON `health_slots` (`episode_seq`,`day`,`slot`);--> statement-breakpoint
CREATE INDEX `health_slots_place_idx` ON `health_slots` (`day`,`building_id`,`hotel_id`,`starts`,`state`);--> statement-breakpoint
CREATE INDEX `health_slots_state_idx` ON `health_slots` (`day`,`state`,`starts`);--> statement-breakpoint
CREATE INDEX `health_slots_recheck_idx` ON `health_slots` (`day`) WHERE "health_slots"."recheck_due";--> statement-breakpoint
CREATE TABLE `medical_events` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`request_id` text NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`action` text,
	`advice` text DEFAULT '' NOT NULL,
	`follow_up_on` text,
	`days_supply` integer,
	`outcome` text,
	`stock_tx_id` text,
	`errand_id` text,
	`note` text DEFAULT '' NOT NULL,
	`at` text NOT NULL,
	`operator_id` integer,
	`operator_name` text NOT NULL,
	FOREIGN KEY (`request_id`) REFERENCES `medical_requests`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stock_tx_id`) REFERENCES `stock_tx`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`errand_id`) REFERENCES `errands`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `medical_events_seq_uq` ON `medical_events` (`request_id`,`seq`);--> statement-breakpoint
CREATE TABLE `medical_requests` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`subject_kind` text NOT NULL,
	`resident_id` integer,
	`returnee_id` integer,
	`household_id` integer,
	`kind` text NOT NULL,
	`urgency` text NOT NULL,
	`source` text NOT NULL,
	`check_id` text,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`created_by_id` integer,
	`created_by_name` text NOT NULL,
	`state` text NOT NULL,
	`action` text,
	`advice` text DEFAULT '' NOT NULL,
	`follow_up_on` text,
	`outcome` text,
	`stock_tx_id` text,
	`errand_id` text,
	`delivered_on` text,
	`next_refill_on` text,
	`events` integer NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`returnee_id`) REFERENCES `returnees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`check_id`) REFERENCES `health_checks`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stock_tx_id`) REFERENCES `stock_tx`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`errand_id`) REFERENCES `errands`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `medical_requests_open_idx` ON `medical_requests` (`state`,`created_at`);--> statement-breakpoint
CREATE INDEX `medical_requests_check_idx` ON `medical_requests` (`check_id`) WHERE "medical_requests"."check_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `medical_requests_resident_idx` ON `medical_requests` (`resident_id`,`delivered_on`);
--> statement-breakpoint
CREATE TRIGGER `health_checks_no_update` BEFORE UPDATE ON `health_checks` BEGIN SELECT RAISE(ABORT, 'health checks are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `health_checks_no_delete` BEFORE DELETE ON `health_checks` BEGIN SELECT RAISE(ABORT, 'health checks are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `health_episodes_no_delete` BEFORE DELETE ON `health_episodes` BEGIN SELECT RAISE(ABORT, 'episodes are never deleted; close one with a reason'); END;
--> statement-breakpoint
CREATE TRIGGER `health_episodes_closed_once` BEFORE UPDATE OF `closed_at`, `close_reason` ON `health_episodes` WHEN OLD.`closed_at` IS NOT NULL BEGIN SELECT RAISE(ABORT, 'an episode is closed once'); END;
--> statement-breakpoint
CREATE TRIGGER `health_slots_checked_kept` BEFORE DELETE ON `health_slots` WHEN OLD.`checks` > 0 BEGIN SELECT RAISE(ABORT, 'a slot with a check is kept'); END;
--> statement-breakpoint
CREATE TRIGGER `medical_events_no_update` BEFORE UPDATE ON `medical_events` BEGIN SELECT RAISE(ABORT, 'medical events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `medical_events_no_delete` BEFORE DELETE ON `medical_events` BEGIN SELECT RAISE(ABORT, 'medical events are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `medical_requests_no_delete` BEFORE DELETE ON `medical_requests` BEGIN SELECT RAISE(ABORT, 'medical requests are never deleted'); END;
