-- residents.search at district scale (issue 11). A single character matches tens of thousands of
-- residents: instead of sorting them all by address for the first page, the search walks the
-- registry in address order (buildings by sort_order and id, households by unit and room, residents
-- by id) and stops at the page. Buildings get an index in that order; the household index of the
-- residents gains their id and name, so the walk checks names from the index alone (a resident's row
-- is read only when it matches) and no index is added to what each resident written updates.
DROP INDEX `residents_household_idx`;--> statement-breakpoint
CREATE INDEX `residents_household_idx` ON `residents` (`household_id`,`id`,`name`);--> statement-breakpoint
CREATE INDEX `buildings_order_idx` ON `buildings` (`sort_order`);
