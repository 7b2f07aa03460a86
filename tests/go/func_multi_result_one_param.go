package main

import (
	"errors"
	"fmt"
	"strconv"
)

func f(x int) (int, int) { return 1, 2 }

func g(x int) (int, error) { return 1, errors.New("e") }

func main() {
	n, v := f(7)
	fmt.Println(n, v)
	a, err := g(0)
	fmt.Println(a, err)
	k, err := strconv.Atoi("x")
	fmt.Println(k, err)
}
