package main

func main() {
	m := map[string]int{}
	defer print(nil)    // ERROR "use of untyped nil in argument to"
	defer panic()       // ERROR "invalid operation: not enough arguments for panic\(\) \(expected 1, found 0\)"
	go copy(m, m)       // ERROR "invalid argument: copy expects slice arguments"
	defer clear(5)      // ERROR "invalid argument: cannot clear 5 \(untyped int constant\): argument must be \(or constrained by\) map or slice"
	defer recover(1)    // ERROR "invalid operation: too many arguments for recover\(1\)"
	defer println(struct{}{}) // ERROR "illegal types for operand: print"
}
