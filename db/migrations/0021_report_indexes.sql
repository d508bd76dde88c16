CREATE INDEX `errand_steps_state_at_idx` ON `errand_steps` (`state`,`at`);--> statement-breakpoint
CREATE INDEX `errands_created_idx` ON `errands` (`created_at`);--> statement-breakpoint
CREATE INDEX `health_checks_abnormal_idx` ON `health_checks` (`at`) WHERE "health_checks"."result" = 'abnormal';