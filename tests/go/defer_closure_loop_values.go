package main

import "fmt"

type Resource struct{ name string }

func (r *Resource) Close() { fmt.Println("closing", r.name) }

func open(name string) *Resource {
	fmt.Println("opening", name)
	return &Resource{name}
}

func process() {
	for _, n := range []string{"a", "b", "c"} {
		r := open(n)
		defer r.Close()
	}
	fmt.Println("processing")
}

func deferredArgs() {
	s := []int{1, 2, 3}
	defer fmt.Println("slice at defer:", s)
	s[0] = 100
	arr := [2]int{1, 2}
	defer fmt.Println("array at defer:", arr)
	arr[0] = 100
	m := map[string]int{"a": 1}
	defer fmt.Println("map at defer:", m)
	m["a"] = 2
	x := 1
	defer func(v int) { fmt.Println("param", v, "captured", x) }(x)
	x = 2
}

func main() {
	process()
	deferredArgs()
	for i := 0; i < 3; i++ {
		defer func(n int) { fmt.Print(n, " ") }(i)
	}
	defer fmt.Println()
}
