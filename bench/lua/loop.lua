-- bench: nested integer loops (same as bench/loop.go)
local N = 10000
local sum = 0
for i = 0, N - 1 do
  for j = 0, N - 1 do
    sum = sum + i + j
    if sum > 1000000 then sum = sum - 999999 end
  end
end
print(string.format("loop %d sum = %d", N, sum))
