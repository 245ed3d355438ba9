-- Skips the next question without showing it. KEYS: meta
local meta = redis.call('HMGET', KEYS[1], 'state', 'current', 'count')
if not meta[1] then return 'game_not_found' end
if meta[1] == 'FINISHED' then return 'game_over' end
if meta[1] == 'QUESTION_OPEN' then return 'question_open' end
local index = tonumber(meta[2]) + 1
if index >= tonumber(meta[3]) then return 'no_more_questions' end
redis.call('HSET', KEYS[1], 'current', index, 'state', 'QUESTION_CLOSED')
return 'ok'
