-- Audit summaries as a reason (issue 9): the code and its parameters (JSON) beside the zh-CN text.
-- Both nullable: rows written before keep their Chinese `summary` with no code, and the audit page
-- shows those as stored. Nothing is rewritten.
ALTER TABLE `audit_log` ADD `summary_code` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `summary_params` text;