-- bench: building strings and counting words (same as bench/strings.go)
local N = 500000
local words = {"go", "chan", "select", "defer", "panic", "goroutine", "mutex", "context"}
local parts = {}
local seed = 42
local floor = math.floor
for i = 0, N - 1 do
  seed = (seed * 1664525 + 1013904223) % 4294967296
  local w = words[floor(seed / 65536) % #words + 1]
  parts[#parts + 1] = w
  if floor(seed / 256) % 5 == 0 then
    parts[#parts + 1] = tostring(i % 100)
  end
  parts[#parts + 1] = " "
end
local text = table.concat(parts)
local counts, distinct = {}, 0
for f in text:gmatch("%S+") do
  local c = counts[f]
  if c == nil then distinct = distinct + 1; c = 0 end
  counts[f] = c + 1
end
local total, longest = 0, ""
for w, c in pairs(counts) do
  total = total + c * #w
  if #w > #longest or (#w == #longest and w > longest) then longest = w end
end
print(string.format("distinct %d weighted %d longest %s bytes %d", distinct, total, longest, #text))
