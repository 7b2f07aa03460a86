-- spawn.lua: the Lua-coroutine counterpart of spawn.go: N coroutines
-- created and each run to completion (it counts itself done). Lua has no
-- scheduler, so a coroutine runs at once where Go's `go` only queues it.
local N = 1000000
local done = 0
local function body() done = done + 1 end
for _ = 1, N do
  coroutine.wrap(body)()
end
print(done)
