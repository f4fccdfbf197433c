-- bench: integer-keyed table inserts, lookups and deletes (same as bench/maps.go)
local N = 1000000
local m, len = {}, 0
for i = 0, N - 1 do
  local k = i * 7919 % N
  if m[k] == nil then len = len + 1 end
  m[k] = i
end
local hits, sum = 0, 0
for i = 0, 2 * N - 1, 2 do
  local v = m[i]
  if v ~= nil then hits = hits + 1; sum = sum + v end
end
for i = 0, N - 1, 3 do
  if m[i] ~= nil then len = len - 1; m[i] = nil end
end
print(string.format("maps len %d hits %d sum %d", len, hits, sum))
