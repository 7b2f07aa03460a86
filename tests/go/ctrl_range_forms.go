package main

import "fmt"

func main() {
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	for i, v := range s {
		fmt.Print(i, v)
	}
	for _, v := range s {
		fmt.Print(v)
	}
	for range s {
		fmt.Print(".")
	}
	fmt.Println()
	arr := [...]int{10, 20, 30}
	sum := 0
	for _, v := range arr {
		sum += v
	}
	pa := &arr
	for i := range pa {
		pa[i]++
	}
	fmt.Println(sum, arr)
	for i, r := range "aé世" {
		fmt.Print(i, string(r), " ")
	}
	fmt.Println()
	m := map[int]string{1: "x", 2: "y", 3: "z"}
	keys := 0
	vals := ""
	for k := range m {
		keys += k
	}
	for _, v := range m {
		vals += v
	}
	fmt.Println(keys, len(vals))
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i * i
	}
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
	evaluated := 0
	get := func() []int { evaluated++; return []int{1, 2, 3} }
	for range get() {
	}
	fmt.Println("range expr evaluated", evaluated, "time(s)")
	sl := []int{1, 2, 3}
	for i := range sl {
		sl = append(sl, i)
	}
	fmt.Println(sl)
	var k, v int
	for k, v = range []int{4, 5} {
	}
	fmt.Println(k, v)
}
