package main

import (
	"fmt"
	"strings"
)

type Grid [][]bool

func parse(s string) Grid {
	var g Grid
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		row := make([]bool, len(line))
		for i, c := range line {
			row[i] = c == '#'
		}
		g = append(g, row)
	}
	return g
}

func (g Grid) neighbors(r, c int) int {
	n := 0
	for dr := -1; dr <= 1; dr++ {
		for dc := -1; dc <= 1; dc++ {
			if dr == 0 && dc == 0 {
				continue
			}
			rr := (r + dr + len(g)) % len(g)
			cc := (c + dc + len(g[0])) % len(g[0])
			if g[rr][cc] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	ng := make(Grid, len(g))
	for r := range g {
		ng[r] = make([]bool, len(g[r]))
		for c := range g[r] {
			n := g.neighbors(r, c)
			ng[r][c] = n == 3 || (n == 2 && g[r][c])
		}
	}
	return ng
}

func (g Grid) String() string {
	var sb strings.Builder
	for _, row := range g {
		for _, v := range row {
			if v {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	g := parse(`
.#......
..#.....
###.....
........
........
........`)
	for i := 0; i < 4; i++ {
		g = g.Step()
	}
	fmt.Print(g)
	alive := 0
	for i := 0; i < 20; i++ {
		g = g.Step()
	}
	for _, row := range g {
		for _, v := range row {
			if v {
				alive++
			}
		}
	}
	fmt.Println(alive)
}
