package main

import (
	"fmt"
	"math/rand/v2"
)

func main() {
	p := rand.New(rand.NewPCG(1, 2))
	fmt.Println(p.Uint64(), p.Int64(), p.IntN(100), p.Int32N(1000), p.Uint32(), p.Float64(), p.Float32())
	fmt.Println(p.Perm(8), p.Int64N(1<<40), p.UintN(7), p.NormFloat64(), p.ExpFloat64())
	var seed [32]byte
	copy(seed[:], "chacha8 seed for goro test 12345")
	c := rand.New(rand.NewChaCha8(seed))
	for i := 0; i < 3; i++ {
		fmt.Print(c.Uint64(), " ")
	}
	fmt.Println()
	ch := rand.NewChaCha8(seed)
	var sum uint64
	for i := 0; i < 1000; i++ {
		sum += ch.Uint64() >> 20
	}
	fmt.Println(sum)
	b, _ := ch.MarshalBinary()
	ch2 := rand.NewChaCha8([32]byte{})
	fmt.Println(ch2.UnmarshalBinary(b), ch2.Uint64() == ch.Uint64())
	pb, _ := rand.NewPCG(3, 4).MarshalBinary()
	fmt.Printf("%q\n", pb)
	s := []string{"a", "b", "c", "d", "e"}
	c.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	n := rand.N(10)
	fmt.Println(n >= 0 && n < 10, rand.IntN(5) < 5)
	z := rand.NewZipf(p, 2, 1, 50)
	fmt.Println(z.Uint64(), z.Uint64())
}
