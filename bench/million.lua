-- million.lua: the Lua-coroutine counterpart of million.go: 1,000,000
-- coroutines suspended (waiting for the "gate"), then each resumed once to
-- finish. Peak RSS over N is the memory of a suspended coroutine.
local N = 1000000
local done = 0
local function body()
  coroutine.yield()   -- blocked on the gate
  done = done + 1
end
local blocked = {}
for i = 1, N do
  local co = coroutine.create(body)
  coroutine.resume(co)
  blocked[i] = co
end
for i = 1, N do          -- close(gate): release every one
  coroutine.resume(blocked[i])
  blocked[i] = nil
end
print(done)
