package main

func main() {
	x := undefinedVar // ERROR "undefined: undefinedVar"
	var b int = 1
	x <<= b // x has no type: no second error here, and no crash (it read an uninitialised symbol)
	x += 1
	_ = x + b
}
