-- bench: recursive Fibonacci (same as bench/fib.go)
local N = 32
local function fib(n)
  if n < 2 then return n end
  return fib(n - 1) + fib(n - 2)
end
print(string.format("fib %d = %d", N, fib(N)))
