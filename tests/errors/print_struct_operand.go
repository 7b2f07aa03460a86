package main

type S struct{ a int }

func main() {
	println(S{1})   // ERROR "illegal types for operand: print"
	print([2]int{}) // ERROR "illegal types for operand: print"
	println(1, &S{}, []int{}, "ok")
}
