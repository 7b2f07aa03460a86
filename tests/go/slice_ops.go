package main

import "fmt"

func main() {
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	fmt.Println(s[2:5], s[:3], s[7:], s[:], s[10:], s[3:3])
	t := s[2:5:7]
	fmt.Println(t, len(t), cap(t))
	fmt.Println(t[:4], t[:cap(t)])
	dst := make([]int, 3)
	n := copy(dst, s)
	fmt.Println(n, dst)
	n = copy(s, s[5:])
	fmt.Println(n, s)
	n = copy(s[2:], s)
	fmt.Println(n, s)
	bs := make([]byte, 5)
	n = copy(bs, "hello world")
	fmt.Println(n, string(bs))
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), cap(nilS), nilS, empty)
	fmt.Printf("%v %v %d %#v %#v\n", nilS, empty, len(empty), nilS, empty)
	for range nilS {
		fmt.Println("never")
	}
	nilS = append(nilS, 1)
	fmt.Println(nilS)
	grid := make([][]int, 3)
	for i := range grid {
		grid[i] = make([]int, i+1)
		for j := range grid[i] {
			grid[i][j] = i + j
		}
	}
	fmt.Println(grid, len(grid[2]))
	jag := [][]string{{"a"}, {}, {"b", "c"}}
	fmt.Println(jag, len(jag[1]))
	m := make([]string, 2, 5)
	fmt.Printf("%q %d %d\n", m, len(m), cap(m))
	ps := []*int{}
	for i := 0; i < 3; i++ {
		v := i * 10
		ps = append(ps, &v)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	f := []float64{1.5, 2.25}
	fmt.Println(f, []bool{true, false}, []string{"x", "y z"})
	rev := []int{1, 2, 3, 4, 5}
	for i, j := 0, len(rev)-1; i < j; i, j = i+1, j-1 {
		rev[i], rev[j] = rev[j], rev[i]
	}
	fmt.Println(rev)
	sub := rev[1:3]
	sub2 := sub[1:4]
	fmt.Println(sub2, cap(sub2))


}
