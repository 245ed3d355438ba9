-- Closes question ARGV[1] if it is the open one; returns 1 exactly once per question. KEYS: meta
-- ARGV[2], given by the deadline timer only: the server's time (ms). Then a question that is paused or whose
-- deadline a pause moved past that time stays open and the reply is 2 (not due), so the timer keeps its entry.
local meta = redis.call('HMGET', KEYS[1], 'state', 'current', 'deadline', 'pausedAt')
if meta[1] == 'QUESTION_OPEN' and meta[2] == ARGV[1] then
  if ARGV[2] and (meta[4] or tonumber(ARGV[2]) < tonumber(meta[3])) then return 2 end
  redis.call('HSET', KEYS[1], 'state', 'QUESTION_CLOSED')
  return 1
end
return 0
