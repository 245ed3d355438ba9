-- Opens question ARGV[1] if the game is still at question ARGV[7] (the one the host's command saw), the new one
-- comes after it, and nothing is open; so of two "next" commands at once only one opens a question. KEYS: meta
-- ARGV: index, answers open at ms (after the get-ready phase), deadline ms, time limit ms, ttl seconds, shown at ms,
-- current question seen
local meta = redis.call('HMGET', KEYS[1], 'state', 'current', 'count')
if not meta[1] then return 'game_not_found' end
if meta[1] == 'FINISHED' then return 'game_over' end
if meta[1] == 'QUESTION_OPEN' then return 'question_open' end
local index = tonumber(ARGV[1])
if tonumber(meta[2]) ~= tonumber(ARGV[7]) or index <= tonumber(meta[2]) then return 'wrong_question' end
if index >= tonumber(meta[3]) then return 'no_more_questions' end
redis.call('HSET', KEYS[1], 'state', 'QUESTION_OPEN', 'current', ARGV[1], 'openedAt', ARGV[2],
  'deadline', ARGV[3], 'limitMs', ARGV[4], 'shownAt', ARGV[6])
redis.call('HDEL', KEYS[1], 'pausedAt')
redis.call('EXPIRE', KEYS[1], ARGV[5])
return 'ok'
