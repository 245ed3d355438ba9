-- Closes question ARGV[1] if it is the open one; returns 1 exactly once per question. KEYS: meta
local meta = redis.call('HMGET', KEYS[1], 'state', 'current')
if meta[1] == 'QUESTION_OPEN' and meta[2] == ARGV[1] then
  redis.call('HSET', KEYS[1], 'state', 'QUESTION_CLOSED')
  return 1
end
return 0
