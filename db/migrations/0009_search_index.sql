-- Search indexes (issue 11): residents.search finds its candidates by index, never by LIKE '%q%'
-- over the registry, and checks each with the plain condition (so the answer is exactly a scan's).
-- A name fragment starts at the 1st, 2nd or 3rd character of a name (names of up to 3 characters,
-- nearly all of them), or lies in a longer name (a small partial index, scanned); upper() as LIKE
-- folds case. Digits: a phone's start (residents_phone_idx) or its last 3 digits, an ID number's
-- last 3 characters (nothing more of it). drizzle-kit wrote the expressions with commas split
-- into quoted names; they are written here by hand, as db/schema/registry.ts declares them.
CREATE INDEX `households_room_idx` ON `households` (`room`);--> statement-breakpoint
CREATE INDEX `residents_name_from1_idx` ON `residents` (upper("name"));--> statement-breakpoint
CREATE INDEX `residents_name_from2_idx` ON `residents` (upper(substr("name", 2)));--> statement-breakpoint
CREATE INDEX `residents_name_from3_idx` ON `residents` (upper(substr("name", 3)));--> statement-breakpoint
CREATE INDEX `residents_long_name_idx` ON `residents` (upper("name")) WHERE length("name") > 3;--> statement-breakpoint
CREATE INDEX `residents_phone_tail_idx` ON `residents` (substr("phone", -3));--> statement-breakpoint
CREATE INDEX `residents_id_tail_idx` ON `residents` (substr("id_number", -3));
