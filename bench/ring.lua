-- ring.lua: the Lua-coroutine counterpart of ring.go. 1,000 coroutines each
-- take the token, add one and hand it on; asymmetric coroutines cannot
-- resume each other, so a driver loop carries the token from each coroutine
-- to the next (one resume + one yield per hop).
local P = 1000     -- coroutines in the ring
local M = 10000000 -- hops
local ring = {}
for i = 1, P do
  ring[i] = coroutine.wrap(function(v)
    while true do v = coroutine.yield(v + 1) end
  end)
end
local v, i = 0, 1
while v < M do
  v = ring[i](v)
  i = i % P + 1
end
print(string.format("%d %d", P, v))
