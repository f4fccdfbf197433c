package main

import "fmt"

func lcs(a, b string) string {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = 1 + dp[i+1][j+1]
			} else if dp[i+1][j] >= dp[i][j+1] {
				dp[i][j] = dp[i+1][j]
			} else {
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	var out []byte
	i, j := 0, 0
	for i < n && j < m {
		if a[i] == b[j] {
			out = append(out, a[i])
			i++
			j++
		} else if dp[i+1][j] >= dp[i][j+1] {
			i++
		} else {
			j++
		}
	}
	return string(out)
}

func editDistance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min3(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

func min3(a, b, c int) int {
	m := a
	if b < m {
		m = b
	}
	if c < m {
		m = c
	}
	return m
}

func coinWays(coins []int, total int) int64 {
	ways := make([]int64, total+1)
	ways[0] = 1
	for _, c := range coins {
		for v := c; v <= total; v++ {
			ways[v] += ways[v-c]
		}
	}
	return ways[total]
}

func knapsack(w, v []int, cap int) int {
	best := make([]int, cap+1)
	for i := range w {
		for c := cap; c >= w[i]; c-- {
			if best[c-w[i]]+v[i] > best[c] {
				best[c] = best[c-w[i]] + v[i]
			}
		}
	}
	return best[cap]
}

func main() {
	fmt.Println(lcs("AGGTAB", "GXTXAYB"), lcs("abcdef", "acf"))
	fmt.Println(editDistance("kitten", "sitting"), editDistance("", "abc"), editDistance("flaw", "lawn"))
	fmt.Println(coinWays([]int{1, 2, 5, 10, 20, 50, 100, 200}, 200))
	fmt.Println(knapsack([]int{1, 3, 4, 5}, []int{1, 4, 5, 7}, 7))
}
