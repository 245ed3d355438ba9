-- Gives a player a new token, the old one stops working. Only for a remote controller that joins its game again
-- after losing its token (a restart): the same player, score and answers. KEYS: meta, players, tokens, kicked
-- ARGV: playerId, the player's JSON with the new token hash, the new token hash, the old token hash, the folded
-- nickname
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 'game_not_found' end
if state == 'FINISHED' then return 'game_over' end
if redis.call('SISMEMBER', KEYS[4], ARGV[5]) == 1 then return 'kicked' end
if redis.call('HEXISTS', KEYS[2], ARGV[1]) == 0 then return 'not_in_game' end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
redis.call('HDEL', KEYS[3], ARGV[4])
redis.call('HSET', KEYS[3], ARGV[3], ARGV[1])
return 'ok'
