// Go 1.22 semantics: each iteration of a for loop has its own loop variable.
// The .out was written by hand from Go 1.22 rules (Go 1.19 shares one variable).
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	for _, p := range ps {
		fmt.Print(*p, " ")
	}
	fmt.Println()
	var rs []func() string
	for _, s := range []string{"a", "b", "c"} {
		rs = append(rs, func() string { return s })
	}
	for _, f := range rs {
		fmt.Print(f())
	}
	fmt.Println()
	var ks []*int
	for k := range []int{7, 8, 9} {
		ks = append(ks, &k)
	}
	for _, p := range ks {
		fmt.Print(*p)
	}
	fmt.Println()
	// the increment acts on a fresh copy: modifying i inside the body
	// still carries into the next iteration
	var gs []func() int
	for i := 0; i < 6; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
	var mu sync.Mutex
	var wg sync.WaitGroup
	var got []int
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			got = append(got, i)
			mu.Unlock()
		}()
	}
	wg.Wait()
	sort.Ints(got)
	fmt.Println(got)
	var hs []func() int
	for i := range 3 {
		hs = append(hs, func() int { return i * 10 })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()
}
