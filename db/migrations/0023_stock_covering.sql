DROP INDEX `stock_lines_tx_idx`;--> statement-breakpoint
CREATE INDEX `stock_lines_tx_idx` ON `stock_lines` (`tx_id`,`item_id`,`qty`);--> statement-breakpoint
DROP INDEX `stock_tx_kind_idx`;--> statement-breakpoint
CREATE INDEX `stock_tx_kind_idx` ON `stock_tx` (`kind`,`happened_at`,`id`,`reverses`);