-- loop.jit.lua: loop.lua for LuaJIT, which has no `~` operator (Lua 5.1
-- syntax): the xor is bit.bxor, a fast function LuaJIT's interpreter inlines.
local bxor = bit.bxor
local sum = 0
for i = 0, 9999 do
  for j = 0, 9999 do
    sum = sum + bxor(i, j)
  end
end
print(string.format("%d", sum))
