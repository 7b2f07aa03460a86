-- wordfreq.lua: the Lua counterpart of wordfreq.go (same output).
local counts, total, distinct = {}, 0, 0
for line in io.lines() do
  for w in string.gmatch(string.lower(line), "%S+") do
    local c = counts[w]
    if not c then distinct = distinct + 1; c = 0 end
    counts[w] = c + 1
    total = total + 1
  end
end
local words = {}
for w in pairs(counts) do words[#words + 1] = w end
table.sort(words, function(a, b)
  if counts[a] ~= counts[b] then return counts[a] > counts[b] end
  return a < b
end)
print(total, distinct)
for i = 1, 10 do print(counts[words[i]], words[i]) end
