CREATE TABLE `arrival_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`arrived_at` text NOT NULL,
	`from_place` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`registered_by` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `hotel_contacts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`returnee_id` integer NOT NULL,
	`day` text NOT NULL,
	`reached` integer NOT NULL,
	`temperature` real,
	`wellbeing` text DEFAULT '' NOT NULL,
	`operator_name` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`returnee_id`) REFERENCES `returnees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `contacts_returnee_day_idx` ON `hotel_contacts` (`returnee_id`,`day`);--> statement-breakpoint
CREATE TABLE `hotel_needs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`returnee_id` integer NOT NULL,
	`kind` text NOT NULL,
	`detail` text DEFAULT '' NOT NULL,
	`asked_at` text NOT NULL,
	`recorded_by` text NOT NULL,
	`handled_at` text,
	`handled_by` text,
	`handled_note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`returnee_id`) REFERENCES `returnees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `needs_returnee_idx` ON `hotel_needs` (`returnee_id`);--> statement-breakpoint
CREATE TABLE `hotel_rooms` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`hotel_id` integer NOT NULL,
	`number` text NOT NULL,
	`floor` integer NOT NULL,
	`beds` integer NOT NULL,
	`ventilated` integer DEFAULT false NOT NULL,
	`accessible` integer DEFAULT false NOT NULL,
	`status` text DEFAULT 'free' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`hotel_id`) REFERENCES `hotels`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `rooms_hotel_idx` ON `hotel_rooms` (`hotel_id`,`number`);--> statement-breakpoint
CREATE TABLE `hotel_stays` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`returnee_id` integer NOT NULL,
	`room_id` integer NOT NULL,
	`check_in` text NOT NULL,
	`planned_end` text NOT NULL,
	`started_at` text NOT NULL,
	`overfill_reason` text DEFAULT '' NOT NULL,
	`ended_at` text,
	`end_kind` text,
	`end_reason` text DEFAULT '' NOT NULL,
	`release_to` text,
	FOREIGN KEY (`returnee_id`) REFERENCES `returnees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`room_id`) REFERENCES `hotel_rooms`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stays_room_idx` ON `hotel_stays` (`room_id`,`ended_at`);--> statement-breakpoint
CREATE INDEX `stays_returnee_idx` ON `hotel_stays` (`returnee_id`);--> statement-breakpoint
CREATE TABLE `hotels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`address` text DEFAULT '' NOT NULL,
	`contact` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE `returnee_decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`returnee_id` integer NOT NULL,
	`outcome` text NOT NULL,
	`recommendation` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`decided_by` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`returnee_id`) REFERENCES `returnees`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `decisions_returnee_idx` ON `returnee_decisions` (`returnee_id`);--> statement-breakpoint
CREATE TABLE `returnees` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`group_id` integer NOT NULL,
	`resident_id` integer,
	`name` text NOT NULL,
	`id_number` text,
	`phone` text DEFAULT '' NOT NULL,
	`birth_date` text,
	`quarantine_from` text,
	`quarantine_to` text,
	`certificate_no` text DEFAULT '' NOT NULL,
	`test_at` text,
	`test_result` text,
	`health_code` text,
	`temperature` real,
	`symptoms` text DEFAULT '' NOT NULL,
	`wants_ventilation` integer DEFAULT false NOT NULL,
	`check_json` text NOT NULL,
	`recommendation` text NOT NULL,
	`outcome` text,
	`registered_at` text NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `arrival_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `returnees_group_idx` ON `returnees` (`group_id`);--> statement-breakpoint
CREATE INDEX `returnees_resident_idx` ON `returnees` (`resident_id`);--> statement-breakpoint
ALTER TABLE `compound` ADD `quarantine_days` integer DEFAULT 14 NOT NULL;--> statement-breakpoint
ALTER TABLE `compound` ADD `test_valid_hours` integer DEFAULT 48 NOT NULL;