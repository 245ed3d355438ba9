-- Stops the clock of the open question ARGV[1] (the host's pause). KEYS: meta. ARGV: index, now ms
local meta = redis.call('HMGET', KEYS[1], 'state', 'current', 'deadline', 'pausedAt')
if not meta[1] then return 'game_not_found' end
if meta[1] ~= 'QUESTION_OPEN' or meta[2] ~= ARGV[1] then return 'question_closed' end
if meta[4] then return 'question_paused' end
if tonumber(ARGV[2]) >= tonumber(meta[3]) then return 'question_closed' end
redis.call('HSET', KEYS[1], 'pausedAt', ARGV[2])
return 'ok'
