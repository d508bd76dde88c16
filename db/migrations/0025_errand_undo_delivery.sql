ALTER TABLE `errand_steps` ADD `undoes` text REFERENCES errand_steps(id);--> statement-breakpoint
CREATE INDEX `errand_steps_undoes_idx` ON `errand_steps` (`undoes`) WHERE undoes IS NOT NULL;