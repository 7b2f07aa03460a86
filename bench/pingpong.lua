-- pingpong.lua: the Lua-coroutine counterpart of pingpong.go. Lua coroutines
-- are asymmetric, so a round trip is one resume (ping) and one yield (pong):
-- the cheapest possible context switch pair, with no channel or scheduler.
local N = 5000000
local pong = coroutine.wrap(function(v)
  while true do v = coroutine.yield(v + 1) end
end)
local sum = 0
for i = 0, N - 1 do sum = sum + pong(i) end
print(string.format("%d %d", N, sum))
