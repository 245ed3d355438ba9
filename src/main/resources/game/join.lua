-- Adds a player atomically. KEYS: meta, players, nicks, tokens, kicked, scores
-- ARGV: playerId, folded nickname, player JSON, token hash, ttl seconds, max players
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 'game_not_found' end
if state == 'FINISHED' then return 'game_over' end
if redis.call('HGET', KEYS[1], 'locked') == '1' then return 'lobby_locked' end
if redis.call('SISMEMBER', KEYS[5], ARGV[2]) == 1 then return 'kicked' end
if redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[6]) then return 'game_full' end
if redis.call('HSETNX', KEYS[3], ARGV[2], ARGV[1]) == 0 then return 'nickname_taken' end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[4], ARGV[4], ARGV[1])
redis.call('ZADD', KEYS[6], 'NX', 0, ARGV[1])
for i = 2, 6 do redis.call('EXPIRE', KEYS[i], ARGV[5]) end
return 'ok'
