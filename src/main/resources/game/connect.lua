-- Who holds a player token, for a STOMP CONNECT, in one call instead of three.
-- KEYS: tokens, kicked, players. ARGV: token hash
-- Returns {} for a token nobody holds (or whose player is gone), {id} for a kicked player, else {id, player record}.
local id = redis.call('HGET', KEYS[1], ARGV[1])
if not id then return {} end
if redis.call('SISMEMBER', KEYS[2], id) == 1 then return {id} end
local record = redis.call('HGET', KEYS[3], id)
if not record then return {} end
return {id, record}
