-- binarytrees.lua: the Lua counterpart of binarytrees.go (same output).
local maxDepth = 16
local function bottomUp(d)
  if d <= 0 then return {} end
  return { bottomUp(d - 1), bottomUp(d - 1) }
end
local function check(n)
  if not n[1] then return 1 end
  return 1 + check(n[1]) + check(n[2])
end
local stretch = maxDepth + 1
io.write(string.format("stretch tree of depth %d\t check: %d\n", stretch, check(bottomUp(stretch))))
local long = bottomUp(maxDepth)
for d = 4, maxDepth, 2 do
  local iters = math.floor(2 ^ (maxDepth - d + 4)) -- no `<<` in LuaJIT
  local c = 0
  for _ = 1, iters do c = c + check(bottomUp(d)) end
  io.write(string.format("%d\t trees of depth %d\t check: %d\n", iters, d, c))
end
io.write(string.format("long lived tree of depth %d\t check: %d\n", maxDepth, check(long)))
