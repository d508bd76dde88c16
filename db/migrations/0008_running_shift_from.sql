-- A shift already running can be staffed for its remaining hours (issue 10, point 8): the
-- assignment says from when the person is on duty. Nullable: every assignment made before (and
-- every one made before its shift starts) runs from the shift's start. Nothing is rewritten.
ALTER TABLE `assignments` ADD `from_at` text;
