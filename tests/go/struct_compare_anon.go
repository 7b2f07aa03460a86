package main

import "fmt"

type P struct {
	X int
	S string
}

type Q struct {
	A [2]int
	P P
	F float64
}

func main() {
	a := P{1, "a"}
	b := P{1, "a"}
	c := P{2, "a"}
	fmt.Println(a == b, a == c, a != c)
	q1 := Q{[2]int{1, 2}, a, 1.5}
	q2 := Q{[2]int{1, 2}, b, 1.5}
	fmt.Println(q1 == q2)
	q2.A[1] = 3
	fmt.Println(q1 == q2)
	anon := struct {
		Name string
		Age  int
	}{"Bob", 30}
	fmt.Println(anon, anon.Name)
	fmt.Printf("%+v %T\n", anon, anon)
	anon2 := struct {
		Name string
		Age  int
	}{"Bob", 30}
	fmt.Println(anon == anon2)
	pts := []struct{ x, y int }{{1, 2}, {3, 4}}
	fmt.Println(pts)
	var e struct{}
	fmt.Println(e, e == struct{}{})
	m := map[P]int{a: 1}
	m[b]++
	m[c] = 5
	fmt.Println(m[P{1, "a"}], len(m))
	pa, pb := &a, &b
	fmt.Println(pa == pb, *pa == *pb)
	var i1, i2 interface{} = a, b
	fmt.Println(i1 == i2)
	cfg := struct {
		Host string
		Port int
		Opts struct{ Debug bool }
	}{Host: "localhost"}
	cfg.Opts.Debug = true
	fmt.Printf("%+v\n", cfg)
	nested := P{S: "only s"}
	fmt.Printf("%#v\n", nested)
}
