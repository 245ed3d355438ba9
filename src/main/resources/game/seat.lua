-- What one player's state needs, in one call instead of five: their record, whether they answered the current
-- question, their score and competition rank (1 + the players with a higher score), the number of players and
-- their extra time.
-- KEYS: players, answers of the current question (of question 0 while there is none), scores, extra.
-- ARGV: playerId, current question index (-1 before the first)
local record = redis.call('HGET', KEYS[1], ARGV[1])
local answered = 0
if tonumber(ARGV[2]) >= 0 then answered = redis.call('HEXISTS', KEYS[2], ARGV[1]) end
local score = redis.call('ZSCORE', KEYS[3], ARGV[1])
local rank
if score then
  rank = 1 + redis.call('ZCOUNT', KEYS[3], '(' .. score, '+inf')
else
  rank = redis.call('ZCARD', KEYS[3])
end
return {record or false, answered, score or false, rank, redis.call('HLEN', KEYS[1]), redis.call('HGET', KEYS[4], ARGV[1]) or false}
