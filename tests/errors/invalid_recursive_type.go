package main

type T struct{ t T } // ERROR "invalid recursive type T"

type U [2]U // ERROR "invalid recursive type U"

type P struct{ q Q } // ERROR "invalid recursive type P"

type Q struct{ p P }

type Fine struct{ next *Fine }

func main() {
	type L struct{ l L } // ERROR "invalid recursive type"
	var f Fine
	_ = f
}
