-- Gives player ARGV[1] ARGV[2] ms of extra time on every question (0 takes it back) and keeps the most any
-- player has in meta's extraMax, which the close script adds to the deadline. KEYS: meta, extra, players
-- ARGV: playerId, extra ms, ttl seconds
if not redis.call('HGET', KEYS[1], 'state') then return 'game_not_found' end
if redis.call('HEXISTS', KEYS[3], ARGV[1]) == 0 then return 'not_in_game' end
if tonumber(ARGV[2]) > 0 then
  redis.call('HSET', KEYS[2], ARGV[1], ARGV[2])
else
  redis.call('HDEL', KEYS[2], ARGV[1])
end
redis.call('EXPIRE', KEYS[2], ARGV[3])
local most = 0
for _, extra in ipairs(redis.call('HVALS', KEYS[2])) do
  if tonumber(extra) > most then most = tonumber(extra) end
end
redis.call('HSET', KEYS[1], 'extraMax', tostring(most))
return 'ok'
