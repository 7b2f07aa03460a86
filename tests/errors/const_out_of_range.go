package main

// Found by make fuzz: assigning to a constant whose declaration failed
// crashed the checker; constants too big for int must not be truncated.

const k = 1 << 100

const bad = U << 63 // ERROR "undefined: U"

func main() {
	bad = 1          // the failed constant: reported at its declaration only
	_ = k            // ERROR "cannot use k \(untyped int constant 1267650600228229401496703205376\) as int value in assignment to _ identifier \(overflows\)"
	var a [k]int     // ERROR "invalid array length k \(untyped int constant 1267650600228229401496703205376\)"
	var b [-1]int    // ERROR "invalid array length -1 \(untyped int constant\)"
	var f [1.5]int   // ERROR "array length 1.5 \(untyped float constant\) must be integer"
	var g [1e3]int   // fine: an integral float constant
	_, _, _, _ = a, b, f, g
}
