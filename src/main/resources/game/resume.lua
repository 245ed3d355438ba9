-- Starts the clock of the paused question ARGV[1] again: its opening time and deadline move on by the length of
-- the pause, so nobody loses time and scores count only the time the clock ran. KEYS: meta. ARGV: index, now ms
local meta = redis.call('HMGET', KEYS[1], 'state', 'current', 'deadline', 'pausedAt', 'openedAt')
if not meta[1] then return 'game_not_found' end
if meta[1] ~= 'QUESTION_OPEN' or meta[2] ~= ARGV[1] then return 'question_closed' end
if not meta[4] then return 'not_paused' end
local shift = tonumber(ARGV[2]) - tonumber(meta[4])
if shift < 0 then shift = 0 end
redis.call('HSET', KEYS[1], 'deadline', tostring(tonumber(meta[3]) + shift),
  'openedAt', tostring(tonumber(meta[5]) + shift))
redis.call('HDEL', KEYS[1], 'pausedAt')
return 'ok'
