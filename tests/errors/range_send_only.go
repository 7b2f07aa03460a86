package main

func f(c chan<- int) {
	for range c { // ERROR "receive from send-only channel"
	}
}

func main() {}
