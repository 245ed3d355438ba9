-- Removes a player for good: the id and nickname are barred, so neither the token nor a new join gets back in,
-- and an answer to the open question no longer counts; in a team game the team loses the member.
-- KEYS: players, kicked, scores, answers of the current question, teams. ARGV: playerId, folded nickname, ttl seconds
if redis.call('HDEL', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZREM', KEYS[3], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1])
local team = redis.call('HGET', KEYS[5], ARGV[1])
if team then
  redis.call('HINCRBY', KEYS[5], 'count:' .. team, -1)
  redis.call('HDEL', KEYS[5], ARGV[1])
end
redis.call('SADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('EXPIRE', KEYS[2], ARGV[3])
return 1
