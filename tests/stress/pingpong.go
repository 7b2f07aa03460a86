// pingpong: two processes bounce a counter over unbuffered channels.
package main

import "fmt"

func main() {
	ping := make(chan int)
	pong := make(chan int)
	done := make(chan bool)
	const rounds = 20000
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		total := 0
		for v := range pong {
			total = v
		}
		done <- total == 2*rounds-1
	}()
	v := 0
	for i := 0; i < rounds; i++ {
		ping <- v
		v += 2
	}
	close(ping)
	fmt.Println(<-done)
}
