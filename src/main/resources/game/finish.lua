-- Ends the game; returns 1 exactly once. KEYS: meta and every other key of the game. ARGV: ttl after the end
local state = redis.call('HGET', KEYS[1], 'state')
if not state or state == 'FINISHED' then return 0 end
redis.call('HSET', KEYS[1], 'state', 'FINISHED')
for i = 1, #KEYS do redis.call('EXPIRE', KEYS[i], ARGV[1]) end
return 1
