// race: 17,21
// Library code is checked too: two goroutines appending to one
// strings.Builder race inside its WriteString (the report names the
// program's calls).
package main

import (
	"fmt"
	"strings"
	"time"
)

func main() {
	var b strings.Builder
	done := make(chan bool)
	go func() {
		b.WriteString("from the goroutine") // racing
		done <- true
	}()
	time.Sleep(50 * time.Millisecond)
	b.WriteString("from main") // racing
	<-done
	fmt.Println(b.Len())
}
