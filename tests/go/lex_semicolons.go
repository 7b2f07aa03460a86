package main

import "fmt"

func f() (int, int) {
	return 1,
		2
}

func g() int {
	x := 0
	x++
	x--
	x++
	return x
}

func main() {
	a, b := f()
	fmt.Println(a, b)
	s := []int{
		1,
		2,
	}
	fmt.Println(s, g())
	m := map[string]int{"a": 1,
		"b": 2}
	fmt.Println(len(m))
	x := 1 +
		2 *
			3
	fmt.Println(x)
	if x > 1 { fmt.Println("one-line if") }
	for i := 0; i < 2; i++ { fmt.Print(i); fmt.Print(";") }
	fmt.Println()
	y := (
		5)
	fmt.Println(y); fmt.Println("two stmts")
	z := []string{"a", "b"}[1]
	fmt.Println(z)
	/* block
	comment */ fmt.Println("after block comment")
	w := 1 /* inline */ + 1
	fmt.Println(w) // trailing
	fn := func() int {
		return 7
	}()
	fmt.Println(fn)
	type T struct {
		a int
		b string
	}
	fmt.Println(T{1, "x"})
}
