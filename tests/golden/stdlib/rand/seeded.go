package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func main() {
	r := rand.New(rand.NewSource(42))
	fmt.Println(r.Int(), r.Intn(100), r.Int63(), r.Int31(), r.Uint32(), r.Uint64())
	fmt.Println(r.Int63n(1000000007), r.Int31n(1000), r.Intn(1<<40), r.Int63n(1<<20))
	fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	fmt.Println(r.Perm(10))
	s := strings.Split("a b c d e f g h", " ")
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	buf := make([]byte, 10)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)
	for _, seed := range []int64{0, 1, -1, 1 << 40, -9223372036854775808} {
		rr := rand.New(rand.NewSource(seed))
		fmt.Println(seed, rr.Int63(), rr.Intn(10))
	}
	sum := 0.0
	norm := 0.0
	for i := 0; i < 10000; i++ {
		sum += r.Float64()
		norm += r.NormFloat64()
	}
	fmt.Printf("%.6f %.6f\n", sum, norm)
	r.Seed(7)
	a := r.Intn(1000)
	r.Seed(7)
	fmt.Println(a == r.Intn(1000), a)
	z := rand.NewZipf(r, 1.5, 2, 100)
	for i := 0; i < 5; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	rand.Seed(99)
	fmt.Println(rand.Intn(1000), rand.Int63(), rand.Float64(), rand.Perm(5))
	src := rand.NewSource(5)
	fmt.Println(src.Int63())
	src64 := src.(rand.Source64)
	fmt.Println(src64.Uint64())
	defer func() { fmt.Println("recovered:", recover()) }()
	r.Intn(0)
}
