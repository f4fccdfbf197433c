package main

import (
	"fmt"
	"math/rand"
)

func main() {
	for _, seed := range []int64{1, 2, 3, 2024} {
		r := rand.New(rand.NewSource(seed))
		deck := []string{"A", "2", "3", "4", "5", "6", "7", "8", "9", "10", "J", "Q", "K"}
		r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
		fmt.Println(seed, deck, r.Perm(6))
		dice := make([]int, 7)
		for i := 0; i < 600; i++ {
			dice[r.Intn(6)+1]++
		}
		fmt.Println(dice[1:], r.Float32(), r.Int31n(100), r.Int63n(1<<62))
		fmt.Printf("%.4f %.4f\n", r.NormFloat64()*10+50, r.ExpFloat64())
	}
}
