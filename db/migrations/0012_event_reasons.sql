-- Household history and roster changes as reasons (issue 9): a code and its parameters (JSON).
-- household_events: beside the zh-CN `summary`; roster_changes: what the program says about a change
-- (a generated roster's counts, the rules a change broke), so `reason` holds only what a person typed.
-- All nullable: rows written before keep their Chinese text with no code and are shown as stored.
-- Nothing is rewritten.
ALTER TABLE `household_events` ADD `summary_code` text;--> statement-breakpoint
ALTER TABLE `household_events` ADD `summary_params` text;--> statement-breakpoint
ALTER TABLE `roster_changes` ADD `reason_code` text;--> statement-breakpoint
ALTER TABLE `roster_changes` ADD `reason_params` text;