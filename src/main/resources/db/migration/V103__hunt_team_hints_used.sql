-- Hints a team has spent (canned hints revealed and custom requests not refunded), kept on the team's row so that
-- spending takes the team's lock and the rankings can order by it without counting requests.
ALTER TABLE hunt_teams ADD COLUMN hints_used integer NOT NULL DEFAULT 0 CHECK (hints_used >= 0);
