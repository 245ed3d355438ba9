-- Team games (mode 'team') keep their teams: [{team, name, score, rank, members: [player ids]}]; NULL otherwise.
ALTER TABLE game_results ADD COLUMN teams jsonb;
