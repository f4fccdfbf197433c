-- bench: sieve of Eratosthenes (same as bench/sieve.go)
local N = 10000000
local composite = {}
for i = 0, N do composite[i] = false end
local count = 0
for i = 2, N do
  if not composite[i] then
    count = count + 1
    for j = i * i, N, i do composite[j] = true end
  end
end
print(string.format("primes up to %d = %d", N, count))
