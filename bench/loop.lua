local sum = 0
for i = 0, 9999 do
  for j = 0, 9999 do
    sum = sum + (i ~ j)
  end
end
print(sum)
