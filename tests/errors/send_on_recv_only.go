package main

func f(c <-chan int) {
	c <- 1 // ERROR "invalid operation: cannot send to receive-only channel c"
}

func main() {}
