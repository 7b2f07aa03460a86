package main

import "fmt"

type Grid [3][3]rune

func (g Grid) String() string {
	s := ""
	for _, row := range g {
		s += string(row[:]) + "/"
	}
	return s
}

func (g *Grid) Set(r, c int, v rune) { g[r][c] = v }

func winner(g Grid) rune {
	lines := [][3][2]int{
		{{0, 0}, {0, 1}, {0, 2}}, {{1, 0}, {1, 1}, {1, 2}}, {{2, 0}, {2, 1}, {2, 2}},
		{{0, 0}, {1, 0}, {2, 0}}, {{0, 1}, {1, 1}, {2, 1}}, {{0, 2}, {1, 2}, {2, 2}},
		{{0, 0}, {1, 1}, {2, 2}}, {{0, 2}, {1, 1}, {2, 0}},
	}
	for _, l := range lines {
		a, b, c := g[l[0][0]][l[0][1]], g[l[1][0]][l[1][1]], g[l[2][0]][l[2][1]]
		if a != '.' && a == b && b == c {
			return a
		}
	}
	return '-'
}

func main() {
	var g Grid
	for i := range g {
		for j := range g[i] {
			g[i][j] = '.'
		}
	}
	g2 := g
	g.Set(0, 0, 'X')
	g.Set(1, 1, 'X')
	g.Set(2, 2, 'X')
	fmt.Println(g, g2, g == g2)
	fmt.Println(string(winner(g)), string(winner(g2)))
	a := [4]int{1, 2, 3, 4}
	b := [4]int{1, 2, 3, 4}
	fmt.Println(a == b, a != b, [0]int{} == [0]int{})
	counts := map[[2]int]int{}
	for _, p := range [][2]int{{1, 2}, {2, 1}, {1, 2}} {
		counts[p]++
	}
	fmt.Println(counts)
	var strs [2]string
	strs[1] = "b"
	fmt.Printf("%q %v %d\n", strs, len(strs), cap(strs[:1]))
}
