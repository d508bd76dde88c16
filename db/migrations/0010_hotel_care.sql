-- Safety in the hotels (issue 10, points 2–7).
-- care_events: what the post did for a guest beyond the stay (a commander's override of a release,
--   a release undone, a need handled or reopened, a fever alert handled, a planned end moved); an
--   event table with a UUID key and the post's id, append-only.
-- compound.post_id: the post's own UUID, made here for an existing database (db/open.ts makes one
--   for a new database).
-- hotel_contacts.fever: the call raised a fever alert. Calls logged before this release raised
--   none; only a guest still in a hotel whose last reading reached the threshold gets one now.
-- hotel_needs.handled_done: what was done about a need; each need handled before gets its
--   `need_handled` event (what was done unknown, the note and who as stored), so reopening it by
--   mistake loses nothing.
-- residents.presence: a resident decided "hotel" and never placed was counted "in_hotel"; they
--   await placement.
CREATE TABLE `care_events` (
	`id` text PRIMARY KEY NOT NULL,
	`post_id` text NOT NULL,
	`returnee_id` integer NOT NULL,
	`kind` text NOT NULL,
	`stay_id` integer,
	`need_id` integer,
	`contact_id` integer,
	`action` text,
	`reason` text DEFAULT '' NOT NULL,
	`from_day` text,
	`to_day` text,
	`reverses` text,
	`by_id` integer,
	`by_name` text NOT NULL,
	`at` text NOT NULL,
	FOREIGN KEY (`returnee_id`) REFERENCES `returnees`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`stay_id`) REFERENCES `hotel_stays`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`need_id`) REFERENCES `hotel_needs`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`contact_id`) REFERENCES `hotel_contacts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`by_id`) REFERENCES `team_members`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `care_events_returnee_idx` ON `care_events` (`returnee_id`);--> statement-breakpoint
CREATE INDEX `care_events_need_idx` ON `care_events` (`need_id`);--> statement-breakpoint
CREATE INDEX `care_events_contact_idx` ON `care_events` (`contact_id`);--> statement-breakpoint
ALTER TABLE `compound` ADD `post_id` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `hotel_contacts` ADD `fever` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `hotel_needs` ADD `handled_done` text;--> statement-breakpoint
UPDATE `compound` SET `post_id` = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))) WHERE `post_id` = '';--> statement-breakpoint
UPDATE `hotel_contacts` SET `fever` = 1
WHERE `temperature` >= (SELECT `fever_threshold` FROM `compound` ORDER BY `id` LIMIT 1)
  AND `id` = (SELECT max(c.`id`) FROM `hotel_contacts` c WHERE c.`returnee_id` = `hotel_contacts`.`returnee_id` AND c.`temperature` IS NOT NULL)
  AND EXISTS (SELECT 1 FROM `hotel_stays` s WHERE s.`returnee_id` = `hotel_contacts`.`returnee_id` AND s.`ended_at` IS NULL);--> statement-breakpoint
INSERT INTO `care_events` (`id`, `post_id`, `returnee_id`, `kind`, `need_id`, `action`, `reason`, `by_id`, `by_name`, `at`)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
  (SELECT `post_id` FROM `compound` ORDER BY `id` LIMIT 1), n.`returnee_id`, 'need_handled', n.`id`, NULL, n.`handled_note`, n.`handled_by_id`, coalesce(n.`handled_by`, ''), n.`handled_at`
FROM `hotel_needs` n WHERE n.`handled_at` IS NOT NULL ORDER BY n.`id`;--> statement-breakpoint
UPDATE `residents` SET `presence` = 'awaiting_placement'
WHERE `presence` = 'in_hotel'
  AND NOT EXISTS (SELECT 1 FROM `hotel_stays` s JOIN `returnees` r ON r.`id` = s.`returnee_id` WHERE r.`resident_id` = `residents`.`id` AND s.`ended_at` IS NULL)
  AND EXISTS (SELECT 1 FROM `returnees` r WHERE r.`resident_id` = `residents`.`id` AND r.`outcome` = 'hotel'
    AND r.`id` = (SELECT max(r2.`id`) FROM `returnees` r2 WHERE r2.`resident_id` = `residents`.`id`)
    AND NOT EXISTS (SELECT 1 FROM `hotel_stays` s WHERE s.`returnee_id` = r.`id`
      AND s.`started_at` >= (SELECT max(d.`at`) FROM `returnee_decisions` d WHERE d.`returnee_id` = r.`id`)));
