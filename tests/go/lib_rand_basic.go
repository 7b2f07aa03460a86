package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	// values are random: print only properties
	ok := true
	for i := 0; i < 1000; i++ {
		n := rand.Intn(10)
		f := rand.Float64()
		if n < 0 || n >= 10 || f < 0 || f >= 1 || rand.Int63n(5) >= 5 || rand.Int31n(3) >= 3 || rand.Int() < 0 {
			ok = false
		}
	}
	fmt.Println("ranges ok:", ok)
	p := rand.Perm(10)
	sort.Ints(p)
	fmt.Println(p)
	xs := []int{1, 2, 3, 4, 5, 6}
	rand.Shuffle(len(xs), func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	sort.Ints(xs)
	fmt.Println(xs)
	r1 := rand.New(rand.NewSource(42))
	r2 := rand.New(rand.NewSource(42))
	same := true
	for i := 0; i < 100; i++ {
		if r1.Intn(1000) != r2.Intn(1000) {
			same = false
		}
	}
	fmt.Println("same seed, same sequence:", same)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		rand.Intn(0)
	}()
}
