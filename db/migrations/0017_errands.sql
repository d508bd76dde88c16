CREATE TABLE `cash_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`runner_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`kind` text NOT NULL,
	`amount_fen` integer NOT NULL,
	`balance_fen` integer NOT NULL,
	`errand_id` text,
	`receipt_no` text DEFAULT '' NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`at` text NOT NULL,
	`recorded_at` text NOT NULL,
	`operator_id` integer,
	`operator_name` text NOT NULL,
	FOREIGN KEY (`runner_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`errand_id`) REFERENCES `errands`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cash_entries_seq_uq` ON `cash_entries` (`runner_id`,`seq`);--> statement-breakpoint
CREATE INDEX `cash_entries_errand_idx` ON `cash_entries` (`errand_id`);--> statement-breakpoint
CREATE TABLE `cash_reconciliations` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`runner_id` integer NOT NULL,
	`at` text NOT NULL,
	`book_fen` integer NOT NULL,
	`counted_fen` integer NOT NULL,
	`difference_fen` integer NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`entry_id` text,
	`operator_id` integer,
	`operator_name` text NOT NULL,
	FOREIGN KEY (`runner_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entry_id`) REFERENCES `cash_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cash_reconciliations_runner_idx` ON `cash_reconciliations` (`runner_id`,`at`);--> statement-breakpoint
CREATE TABLE `errand_lines` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`errand_id` text NOT NULL,
	`seq` integer NOT NULL,
	`what` text NOT NULL,
	`qty` integer NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`item_id` text,
	FOREIGN KEY (`errand_id`) REFERENCES `errands`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`item_id`) REFERENCES `stock_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `errand_lines_seq_uq` ON `errand_lines` (`errand_id`,`seq`);--> statement-breakpoint
CREATE TABLE `errand_steps` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`errand_id` text NOT NULL,
	`seq` integer NOT NULL,
	`state` text NOT NULL,
	`at` text NOT NULL,
	`recorded_at` text NOT NULL,
	`operator_id` integer,
	`operator_name` text NOT NULL,
	`runner_id` integer,
	`runner_name` text DEFAULT '' NOT NULL,
	`amount_fen` integer,
	`shop` text DEFAULT '' NOT NULL,
	`receipt_no` text DEFAULT '' NOT NULL,
	`delivered_to` text DEFAULT '' NOT NULL,
	`duplicate_of` text,
	`note` text DEFAULT '' NOT NULL,
	`stock_tx_id` text,
	FOREIGN KEY (`errand_id`) REFERENCES `errands`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`operator_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`runner_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`duplicate_of`) REFERENCES `errands`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stock_tx_id`) REFERENCES `stock_tx`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `errand_steps_seq_uq` ON `errand_steps` (`errand_id`,`seq`);--> statement-breakpoint
CREATE TABLE `errands` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`no` integer NOT NULL,
	`household_id` integer NOT NULL,
	`building_id` integer NOT NULL,
	`kind` text NOT NULL,
	`urgency` text NOT NULL,
	`channel` text NOT NULL,
	`payer` text NOT NULL,
	`budget_fen` integer,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`recorded_at` text NOT NULL,
	`created_by_id` integer,
	`created_by_name` text NOT NULL,
	`state` text NOT NULL,
	`state_since` text NOT NULL,
	`open` integer NOT NULL,
	`runner_id` integer,
	`runner_name` text DEFAULT '' NOT NULL,
	`steps` integer NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`building_id`) REFERENCES `buildings`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`runner_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `errands_no_uq` ON `errands` (`post_id`,`no`);--> statement-breakpoint
CREATE INDEX `errands_open_age_idx` ON `errands` (`open`,`state_since`);--> statement-breakpoint
CREATE INDEX `errands_open_building_idx` ON `errands` (`open`,`building_id`,`state_since`);--> statement-breakpoint
CREATE INDEX `errands_runner_idx` ON `errands` (`runner_id`,`open`);--> statement-breakpoint
CREATE INDEX `errands_household_idx` ON `errands` (`household_id`,`open`,`kind`);--> statement-breakpoint
ALTER TABLE `compound` ADD `errand_aging_minutes` integer DEFAULT 120 NOT NULL;--> statement-breakpoint
ALTER TABLE `compound` ADD `errand_stale_minutes` integer DEFAULT 360 NOT NULL;--> statement-breakpoint
CREATE TRIGGER `errand_steps_no_update` BEFORE UPDATE ON `errand_steps` BEGIN SELECT RAISE(ABORT, 'errand steps are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `errand_steps_no_delete` BEFORE DELETE ON `errand_steps` BEGIN SELECT RAISE(ABORT, 'errand steps are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `errand_lines_no_update` BEFORE UPDATE ON `errand_lines` BEGIN SELECT RAISE(ABORT, 'errand lines are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `errand_lines_no_delete` BEFORE DELETE ON `errand_lines` BEGIN SELECT RAISE(ABORT, 'errand lines are append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `errands_no_delete` BEFORE DELETE ON `errands` BEGIN SELECT RAISE(ABORT, 'errands are never deleted'); END;
--> statement-breakpoint
CREATE TRIGGER `errands_request_fixed` BEFORE UPDATE OF `id`, `post_id`, `no`, `household_id`, `building_id`, `kind`, `urgency`, `channel`, `payer`, `budget_fen`, `note`, `created_at`, `recorded_at`, `created_by_id`, `created_by_name` ON `errands` BEGIN SELECT RAISE(ABORT, 'an errand''s request is written once; only its latest step moves'); END;
--> statement-breakpoint
CREATE TRIGGER `cash_entries_no_update` BEFORE UPDATE ON `cash_entries` BEGIN SELECT RAISE(ABORT, 'the cash book is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `cash_entries_no_delete` BEFORE DELETE ON `cash_entries` BEGIN SELECT RAISE(ABORT, 'the cash book is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `cash_reconciliations_no_update` BEFORE UPDATE ON `cash_reconciliations` BEGIN SELECT RAISE(ABORT, 'the cash book is append-only'); END;
--> statement-breakpoint
CREATE TRIGGER `cash_reconciliations_no_delete` BEFORE DELETE ON `cash_reconciliations` BEGIN SELECT RAISE(ABORT, 'the cash book is append-only'); END;
