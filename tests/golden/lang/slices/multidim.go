package main

import "fmt"

func main() {
	n := 4
	tri := make([][]int, n)
	for i := range tri {
		tri[i] = make([]int, i+1)
		tri[i][0], tri[i][i] = 1, 1
		for j := 1; j < i; j++ {
			tri[i][j] = tri[i-1][j-1] + tri[i-1][j]
		}
	}
	fmt.Println(tri)
	grid := [][]rune{[]rune("#.."), []rune(".#."), []rune("..#")}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	jag := [][]string{{"a"}, {}, {"b", "c"}, nil}
	fmt.Println(jag, len(jag[1]), jag[3] == nil)
	fmt.Printf("%q\n", jag)
	var m [][]int
	m = append(m, []int{1, 2})
	m = append(m, []int{3})
	m[1] = append(m[1], 4, 5)
	fmt.Println(m, len(m[1]))
}
