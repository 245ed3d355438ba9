-- The start instant a HUNT_STARTING notification was sent for: claimed by one node with a conditional UPDATE, so
-- the notice goes out once per hunt, and once more only if the organisers move the start.
ALTER TABLE hunts ADD COLUMN starting_notice_for timestamptz;
