// race: none
// Library code used from many goroutines at once: fmt's printing and
// formatting, and log's standard logger and a logger of one's own (both
// guard their state, as Go's do).
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
	"sync"
)

type point struct{ X, Y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	log.SetFlags(0)
	log.SetPrefix("lib: ")
	mine := log.New(os.Stdout, "mine: ", 0)
	shared := []int{1, 2, 3}
	m := map[string]int{"a": 1, "b": 2}
	p := &point{1, 2}
	var wg sync.WaitGroup
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			s := fmt.Sprintf("%d %v %v %v %+v %q %x", i, shared, m, p, *p, "s", i)
			err := fmt.Errorf("wrapped %d: %w", i, errors.New("base"))
			fmt.Println(len(s) > 0, errors.Unwrap(err) != nil)
			fmt.Fprintf(os.Stderr, "to stderr %d\n", i)
			log.Printf("worker %d", i)
			mine.Println("worker", i)
		}(i)
	}
	wg.Wait()
	fmt.Println("done")
}
