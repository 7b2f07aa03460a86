package main

func main() {
	var c chan int
	var r <-chan int
	m := map[string]int{}
	defer close(-1)     // ERROR "invalid operation: cannot close non-channel -1 \(untyped int constant\)"
	go close(5)         // ERROR "invalid operation: cannot close non-channel 5 \(untyped int constant\)"
	defer delete(m, 1)  // ERROR "cannot use 1 \(untyped int constant\) as string value in argument to delete"
	defer close(c, c)   // ERROR "invalid operation: too many arguments for close\(c, c\) \(expected 1, found 2\)"
	defer close("x")    // ERROR "invalid operation: cannot close non-channel \"x\" \(untyped string constant\)"
	defer close(r)      // ERROR "invalid operation: cannot close receive-only channel r \(variable of type <-chan int\)"
	go close(nil)       // ERROR "invalid operation: cannot close non-channel nil"
	defer len(m)        // ERROR "defer discards result of len\(m\) \(value of type int\)"
	go append([]int{})  // ERROR "go discards result of append"
}
