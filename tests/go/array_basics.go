package main

import "fmt"

func sum(a [5]int) int {
	a[0] = 1000
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

func fill(a *[5]int) {
	for i := range a {
		a[i] = i * i
	}
}

func main() {
	var a [5]int
	fmt.Println(a, len(a), cap(a))
	b := [...]int{1, 2, 3}
	fmt.Println(b, len(b))
	c := [5]int{1: 10, 3: 30}
	fmt.Println(c)
	d := [...]string{2: "c", 0: "a"}
	fmt.Println(d, len(d))
	fmt.Println(sum(c), c)
	fill(&a)
	fmt.Println(a)
	e := a
	e[0] = 99
	fmt.Println(a[0], e[0], a == e, a != e)
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*4 + j
		}
	}
	fmt.Println(grid)
	row := grid[1]
	row[0] = -1
	fmt.Println(grid[1], row)
	s := a[1:4]
	s[0] = 42
	fmt.Println(a, s, len(s), cap(s))
	pa := &a
	fmt.Println(pa[2], len(pa))
	pa[2] = 7
	fmt.Println(a[2])
	for i, v := range pa {
		if i > 2 {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	bools := [3]bool{true}
	strs := [2]string{}
	fmt.Println(bools, strs, len(strs[0]))
	fmt.Printf("%v %T\n", [2][2]int{{1, 2}, {3, 4}}, [2][2]int{})
	type Matrix [2][2]float64
	m := Matrix{{1, 2}, {3, 4}}
	m2 := m
	m2[0][0] = 9
	fmt.Println(m, m2)
	arrOfSlices := [2][]int{{1}, {2, 3}}
	cp := arrOfSlices
	cp[1][0] = 20
	fmt.Println(arrOfSlices, cp)
	k := map[[2]int]string{{1, 2}: "a"}
	fmt.Println(k[[2]int{1, 2}])
}
