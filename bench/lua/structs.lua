-- bench: method calls on objects through a shared interface (same as bench/structs.go)
local N, Rounds = 1000, 10000
local floor = math.floor

local Rect, Square, Tri, Point = {}, {}, {}, {}
Rect.__index, Square.__index, Tri.__index, Point.__index = Rect, Square, Tri, Point
function Rect:Area() return self.w * self.h end
function Rect:Scale(k) self.w = (self.w * k) % 97 + 1; self.h = (self.h * k) % 89 + 1 end
function Square:Area() return self.s * self.s end
function Square:Scale(k) self.s = (self.s * k) % 83 + 1 end
function Tri:Area() return floor(self.b * self.h / 2) end
function Tri:Scale(k) self.b = (self.b * k) % 79 + 1; self.h = (self.h * k) % 73 + 1 end
function Point:Move(dx, dy) self.X = self.X + dx; self.Y = self.Y + dy end
function Point:Dist() return math.abs(self.X) + math.abs(self.Y) end

local shapes, points = {}, {}
for i = 0, N - 1 do
  local m = i % 3
  if m == 0 then shapes[i + 1] = setmetatable({w = i % 10 + 1, h = i % 7 + 1}, Rect)
  elseif m == 1 then shapes[i + 1] = setmetatable({s = i % 9 + 1}, Square)
  else shapes[i + 1] = setmetatable({b = i % 8 + 2, h = i % 6 + 2}, Tri) end
  points[i + 1] = setmetatable({X = 0, Y = 0}, Point)
end
local sum = 0
for r = 0, Rounds - 1 do
  for i = 1, N do
    local s = shapes[i]
    sum = sum + s:Area()
    s:Scale(r % 5 + 2)
    local p = points[i]
    p:Move(r % 3 - 1, (i - 1) % 3 - 1)
    sum = sum + p:Dist() % 16
  end
end
print(string.format("structs checksum %d", sum))
