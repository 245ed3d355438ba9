-- Moves player ARGV[1] to team ARGV[2] (the host's choice), keeping the teams' member counts, which auto-balancing
-- joins read, right in the same step. KEYS: meta, players, teams. ARGV: playerId, team index
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 'game_not_found' end
if state == 'FINISHED' then return 'game_over' end
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 0 then return 'not_in_game' end
local before = redis.call('HGET', KEYS[3], ARGV[1])
if before == ARGV[2] then return 'ok' end
if before then redis.call('HINCRBY', KEYS[3], 'count:' .. before, -1) end
redis.call('HSET', KEYS[3], ARGV[1], ARGV[2])
redis.call('HINCRBY', KEYS[3], 'count:' .. ARGV[2], 1)
return 'ok'
