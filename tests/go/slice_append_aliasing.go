package main

import "fmt"

func main() {
	s := make([]int, 3, 10)
	t := append(s, 4)
	u := append(s, 5)
	fmt.Println(s, t, u, len(s), cap(s), len(t))
	s2 := []int{1, 2, 3}
	t2 := append(s2, 4)
	t2[0] = 100
	fmt.Println(s2, t2)
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	b = append(b, 99)
	fmt.Println(a, b, len(b), cap(b))
	c := a[1:3:3]
	c = append(c, 77)
	c[0] = -1
	fmt.Println(a, c, cap(a[1:3:3]))
	var n []int
	for i := 0; i < 10; i++ {
		n = append(n, i)
	}
	fmt.Println(n, len(n))
	n = append(n[:2], n[5:]...)
	fmt.Println(n, len(n))
	n = append([]int{-1}, n...)
	fmt.Println(n)
	n = append(n, n...)
	fmt.Println(len(n))
	x := []string{"a"}
	x = append(x, "b", "c")
	x = append(x)
	fmt.Println(x)
	y := append([]byte("hi "), "there"...)
	fmt.Println(string(y))
	grow := []int{}
	caps := 0
	for i := 0; i < 2000; i++ {
		grow = append(grow, i)
		if cap(grow) >= len(grow) {
			caps++
		}
	}
	fmt.Println(len(grow), caps, grow[1999])
	z := a[:0]
	for _, v := range a {
		if v%2 == 1 {
			z = append(z, v)
		}
	}
	fmt.Println(z, a)
}
