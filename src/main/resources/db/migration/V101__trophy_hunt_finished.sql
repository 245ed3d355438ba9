-- A trophy for puzzle hunts: one for every hunt a player finished with their team (solved its FINAL puzzle).
INSERT INTO trophies (id, rule, name, description, counting, created_at) VALUES
    (gen_random_uuid(), 'hunts-finished', 'Puzzle hunter', 'One for every puzzle hunt finished with a team.', true, now());
