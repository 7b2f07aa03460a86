// Counted loops (for i := a; i < n; i++ and range over an int, a slice or an
// array) compile to a fused increment-compare-branch: entry tests, continue,
// break, labels, captured loop variables, bounds at the edges of int16
// immediates and beyond, and loops whose body changes the counter.
// (The two ranges over an int are Go 1.22: the .out comes from `go run` of
// this file with them written as the equivalent three-clause loops.)
package main

import "fmt"

func sum(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i
	}
	return s
}

func main() {
	fmt.Println(sum(0), sum(1), sum(10), sum(-5))
	n := 0
	for i := 5; i < 3; i++ {
		n++
	}
	fmt.Println("never:", n)
	for i := -32768; i < -32760; i++ {
		n++
	}
	for i := 32760; i < 32767; i++ {
		n++
	}
	for i := 32760; i < 32770; i++ {
		n++
	}
	fmt.Println("edges:", n)
	evens := 0
	for i := 0; i < 20; i++ {
		if i%2 == 1 {
			continue
		}
		if i > 14 {
			break
		}
		evens++
	}
	fmt.Println("evens:", evens)
	pairs := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if j > i {
				continue outer
			}
			if i == 8 {
				break outer
			}
			pairs++
		}
	}
	fmt.Println("pairs:", pairs)
	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i
		fs = append(fs, func() int { return i * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	skipped := []int{}
	for i := 0; i < 10; i++ {
		skipped = append(skipped, i)
		i += 2
	}
	fmt.Println("skipped:", skipped)
	lim := 4
	for i := 0; i < lim; i++ {
		lim--
	}
	fmt.Println("lim:", lim)
	total := 0
	for i := range 7 {
		total += i
	}
	xs := []int{3, 4, 5}
	for i, x := range xs {
		total += i * x
	}
	arr := [4]int{1, 2, 3, 4}
	for i := range arr {
		arr[i] *= 2
		total += arr[i]
	}
	for i := range int8(3) {
		total += int(i)
	}
	fmt.Println("total:", total, arr)
	big := int64(0)
	for i := int64(1 << 40); i < 1<<40+3; i++ {
		big += i
	}
	fmt.Println("big:", big)
	var k int
	for k = 0; k < 5; k++ {
	}
	fmt.Println("after:", k)
}
