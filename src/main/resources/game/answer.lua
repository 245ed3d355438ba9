-- Records one answer exactly once: only while its question is open, after its answers opened (the get-ready
-- phase is over), not while the host has paused it, and before its deadline by the server's clock; and adds its
-- points (judged and scored by the game's mode before this runs) to the player's score.
-- KEYS: meta, answers of the question, scores, players, extra times
-- ARGV: playerId, question index, now ms, answer record (JSON), points, ttl seconds, the opening time (ms) and the
-- player's extra time (ms) the points were worked out from
-- Returns {'ok', answers so far, players}, {'already_answered', the earlier record} or {<refusal>}. A repeat
-- finds the earlier record even after the question closed: a client retrying a lost acknowledgement gets it.
-- 'clock_moved': a resume moved the opening time, or the host changed the player's extra time, since the caller
-- read them; it reads them again and retries.
local earlier = redis.call('HGET', KEYS[2], ARGV[1])
if earlier then return {'already_answered', earlier} end
local meta = redis.call('HMGET', KEYS[1], 'state', 'current', 'deadline', 'openedAt', 'pausedAt')
if not meta[1] then return {'game_not_found'} end
if meta[1] ~= 'QUESTION_OPEN' or meta[2] ~= ARGV[2] then return {'question_closed'} end
if meta[5] then return {'question_paused'} end
if tonumber(ARGV[3]) < tonumber(meta[4]) then return {'answers_not_open'} end
-- A player the host gave extra time answers until the deadline plus that time.
local extra = tonumber(redis.call('HGET', KEYS[5], ARGV[1]) or '0')
if tonumber(ARGV[3]) >= tonumber(meta[3]) + extra then return {'question_closed'} end
-- The caller scored with an opening time and extra time that a resume or a grant may have changed since.
if meta[4] ~= ARGV[7] or extra ~= tonumber(ARGV[8]) then return {'clock_moved'} end
if redis.call('HEXISTS', KEYS[4], ARGV[1]) == 0 then return {'not_in_game'} end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[4])
redis.call('EXPIRE', KEYS[2], ARGV[6])
if tonumber(ARGV[5]) > 0 then redis.call('ZINCRBY', KEYS[3], ARGV[5], ARGV[1]) end
return {'ok', tostring(redis.call('HLEN', KEYS[2])), tostring(redis.call('HLEN', KEYS[4]))}
