// conc_gc_producer_consumer: 3M messages through a channel; garbage from
// consumed messages is collected (memory stays flat, checked in bench/).
package main

import "fmt"

type Msg struct {
	id   int
	body []byte
	tags map[string]int
}

func main() {
	ch := make(chan *Msg, 16)
	done := make(chan int)
	go func() {
		n := 0
		for m := range ch {
			n += len(m.body) + m.tags["k"]
		}
		done <- n
	}()
	for i := 0; i < 3000000; i++ {
		ch <- &Msg{id: i, body: make([]byte, 32), tags: map[string]int{"k": 1}}
	}
	close(ch)
	fmt.Println(<-done)
}
