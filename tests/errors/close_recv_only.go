package main

func f(c <-chan int) {
	close(c) // ERROR "invalid operation: cannot close receive-only channel c"
}

func main() {}
