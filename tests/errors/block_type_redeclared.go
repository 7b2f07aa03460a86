package main

import "fmt"

func main() {
	var foo int
	type foo struct{} // ERROR "foo redeclared in this block"
	type bar int
	type bar string // ERROR "bar redeclared in this block"
	const baz = 1
	type baz int // ERROR "baz redeclared in this block"
	{
		type foo int // a new block: fine
		var v foo
		fmt.Println(v)
	}
	fmt.Println(foo)
}
