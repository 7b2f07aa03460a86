package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func named(x int) (sq, cube int) {
	sq = x * x
	cube = sq * x
	return
}

func namedShadow(x int) (r int) {
	r = x
	{
		r := 100
		_ = r
	}
	return
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func prefix(p string, parts ...string) []string {
	out := []string{}
	for _, s := range parts {
		out = append(out, p+s)
	}
	return out
}

func info(nums ...int) string { return fmt.Sprint(len(nums), nums == nil, nums) }

func parse(s string) (int, error) {
	if s == "" {
		return 0, errors.New("empty")
	}
	return len(s), nil
}

func pass() (int, int) { return divmod(17, 5) }

func three() (a int, b string, c bool) { return 1, "two", true }

func swap(a, b string) (string, string) { return b, a }

func modify(s []int) { s[0] = 99 }

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(named(3))
	fmt.Println(namedShadow(5))
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...), sum(nums[:1]...))
	fmt.Println(prefix("x-", "a", "b"), len(prefix("y")))
	fmt.Println(info(), info(1, 2), info([]int{}...))
	n, err := parse("abc")
	fmt.Println(n, err)
	n, err = parse("")
	fmt.Println(n, err)
	fmt.Println(pass())
	a, b, c := three()
	fmt.Println(a, b, c)
	x, y := swap("hello", "world")
	fmt.Println(x, y)
	fmt.Println(sum(divmod(9, 4)))
	modify(nums)
	fmt.Println(nums)
	_, rem := divmod(10, 3)
	fmt.Println(rem)
	var iface []interface{}
	iface = append(iface, 1, "a", nil)
	fmt.Println(iface...)
	fmt.Println(len(iface))
}
