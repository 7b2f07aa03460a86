package main

import (
	"fmt"
	"strings"
)

func join(sep string, parts ...interface{}) string {
	var sb strings.Builder
	for i, p := range parts {
		if i > 0 {
			sb.WriteString(sep)
		}
		sb.WriteString(fmt.Sprint(p))
	}
	return sb.String()
}

func maxOf(first int, rest ...int) int {
	m := first
	for _, r := range rest {
		if r > m {
			m = r
		}
	}
	return m
}

func appendAll(dst []int, srcs ...[]int) []int {
	for _, s := range srcs {
		dst = append(dst, s...)
	}
	return dst
}

func modifyVariadic(xs ...int) { xs[0] = -1 }

func main() {
	fmt.Println(join(", ", 1, "two", 3.0, true, nil, []int{4}))
	args := []interface{}{"a", 'b', 2}
	fmt.Println(join("-", args...))
	fmt.Println(maxOf(3), maxOf(3, 9, 2), maxOf(-1, []int{-5, -2}...))
	fmt.Println(appendAll(nil, []int{1}, []int{2, 3}, nil))
	s := []int{1, 2, 3}
	modifyVariadic(s...)
	fmt.Println(s)
	modifyVariadic(5, 6)
	fmt.Printf("%d items: %v\n", len(args), args)
	fmt.Println(fmt.Sprint(args...), fmt.Sprintln(args...) == "a 98 2\n")
}
