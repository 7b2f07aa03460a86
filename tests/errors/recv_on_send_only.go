package main

func f(c chan<- int) {
	<-c // ERROR "invalid operation: cannot receive from send-only channel c"
}

func main() {}
