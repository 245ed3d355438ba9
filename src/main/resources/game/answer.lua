-- Records, judges and scores one answer exactly once. KEYS: meta, answers of the question, scores, players
-- ARGV: playerId, question index, now ms (server clock), right (1/0), canonical answer, ttl seconds
-- Returns {status, points, elapsed ms, answers so far, players}; a repeat returns the first answer's record, so
-- a client that retries after a lost acknowledgement gets the original one, also after the question closed.
local existing = redis.call('HGET', KEYS[2], ARGV[1])
if existing then return {'already_answered', existing} end
local meta = redis.call('HMGET', KEYS[1], 'state', 'current', 'openedAt', 'deadline', 'limitMs')
if not meta[1] then return {'game_not_found'} end
if meta[1] ~= 'QUESTION_OPEN' or meta[2] ~= ARGV[2] then return {'question_closed'} end
local now = tonumber(ARGV[3])
if now >= tonumber(meta[4]) then return {'question_closed'} end
if redis.call('HEXISTS', KEYS[4], ARGV[1]) == 0 then return {'not_in_game'} end
local elapsed = math.max(0, now - tonumber(meta[3]))
local points = 0
if ARGV[4] == '1' then
  points = math.floor(1000 * (1 - elapsed / tonumber(meta[5]) / 2) + 0.5)
  if points < 0 then points = 0 end
end
local record = ARGV[4] .. '|' .. points .. '|' .. elapsed .. '|' .. ARGV[5]
redis.call('HSET', KEYS[2], ARGV[1], record)
redis.call('EXPIRE', KEYS[2], ARGV[6])
if points > 0 then redis.call('ZINCRBY', KEYS[3], points, ARGV[1]) end
return {'ok', tostring(points), tostring(elapsed), tostring(redis.call('HLEN', KEYS[2])),
  tostring(redis.call('HLEN', KEYS[4]))}
