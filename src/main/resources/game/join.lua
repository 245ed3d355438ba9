-- Adds a player atomically. KEYS: meta, players, nicks, tokens, kicked, scores, teams
-- ARGV: playerId, folded nickname, player JSON, token hash, ttl seconds, max players, team index or 'auto',
-- number of teams (0: the game has none)
-- In a team game the player joins the given team, or with 'auto' the team with the fewest members (the lowest
-- index among equals), counted in the same step, so concurrent joins keep the teams balanced.
local state = redis.call('HGET', KEYS[1], 'state')
if not state then return 'game_not_found' end
if state == 'FINISHED' then return 'game_over' end
if redis.call('HGET', KEYS[1], 'locked') == '1' then return 'lobby_locked' end
if redis.call('SISMEMBER', KEYS[5], ARGV[2]) == 1 then return 'kicked' end
if redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[6]) then return 'game_full' end
if redis.call('HSETNX', KEYS[3], ARGV[2], ARGV[1]) == 0 then return 'nickname_taken' end
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[4], ARGV[4], ARGV[1])
redis.call('ZADD', KEYS[6], 'NX', 0, ARGV[1])
local teams = tonumber(ARGV[8])
if teams > 0 then
  local team = tonumber(ARGV[7])
  if not team then
    local fewest = nil
    for i = 0, teams - 1 do
      local members = tonumber(redis.call('HGET', KEYS[7], 'count:' .. i) or '0')
      if not fewest or members < fewest then
        fewest = members
        team = i
      end
    end
  end
  redis.call('HSET', KEYS[7], ARGV[1], team)
  redis.call('HINCRBY', KEYS[7], 'count:' .. team, 1)
  redis.call('EXPIRE', KEYS[7], ARGV[5])
end
for i = 2, 6 do redis.call('EXPIRE', KEYS[i], ARGV[5]) end
return 'ok'
