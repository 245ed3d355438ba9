-- Closes question ARGV[1] if it is the open one; returns 1 exactly once per question.
-- KEYS: meta, answers of the question, players, streaks
-- ARGV: index, the server's time (ms) or '' , '1' if the question's answers are judged right or wrong, ttl seconds
-- ARGV[2] is given by the deadline timer only: then a question that is paused or whose deadline a pause moved past
-- that time stays open and the reply is 2 (not due), so the timer keeps its entry.
-- The one caller that closes also moves every player's answer streak on, in the same step: one more for a right
-- answer, back to 0 for a wrong or missing one (questions not judged, VOTING and SLIDE, leave streaks alone).
local meta = redis.call('HMGET', KEYS[1], 'state', 'current', 'deadline', 'pausedAt', 'extraMax')
if meta[1] == 'QUESTION_OPEN' and meta[2] == ARGV[1] then
  -- Due at the deadline plus the most extra time a player has (host-granted, docs/live-protocol.md section 10).
  local due = tonumber(meta[3]) + tonumber(meta[5] or '0')
  if ARGV[2] ~= '' and (meta[4] or tonumber(ARGV[2]) < due) then return 2 end
  redis.call('HSET', KEYS[1], 'state', 'QUESTION_CLOSED')
  if ARGV[3] == '1' then
    for _, player in ipairs(redis.call('HKEYS', KEYS[3])) do
      local answer = redis.call('HGET', KEYS[2], player)
      if answer and cjson.decode(answer).right then
        redis.call('HINCRBY', KEYS[4], player, 1)
      else
        redis.call('HSET', KEYS[4], player, 0)
      end
    end
    redis.call('EXPIRE', KEYS[4], ARGV[4])
  end
  return 1
end
return 0
