package main

import "fmt"

func transpose(m [][]int) [][]int {
	if len(m) == 0 {
		return nil
	}
	t := make([][]int, len(m[0]))
	for i := range t {
		t[i] = make([]int, len(m))
		for j := range m {
			t[i][j] = m[j][i]
		}
	}
	return t
}

func mul(a, b [][]int) [][]int {
	out := make([][]int, len(a))
	for i := range a {
		out[i] = make([]int, len(b[0]))
		for j := range b[0] {
			for k := range b {
				out[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return out
}

func main() {
	m := [][]int{{1, 2, 3}, {4, 5, 6}}
	fmt.Println(transpose(m))
	fmt.Println(mul(m, transpose(m)))
	row := m[0]
	row[0] = 100
	fmt.Println(m)
	shared := make([]int, 6)
	views := [][]int{shared[0:2], shared[2:4], shared[4:6]}
	for i, v := range views {
		v[0] = i + 1
	}
	fmt.Println(shared)
	views[0] = append(views[0], 99)
	fmt.Println(shared, views[1])
	tri := [][]int{}
	for i := 0; i < 5; i++ {
		r := make([]int, i+1)
		r[0], r[i] = 1, 1
		for j := 1; j < i; j++ {
			r[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, r)
	}
	fmt.Println(tri)
	var nilrows [][]string
	nilrows = append(nilrows, nil, []string{"x"})
	fmt.Println(len(nilrows), nilrows[0] == nil, nilrows)
}
