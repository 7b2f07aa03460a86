// race: none
// Different elements of an array are different variables.
package main

import "fmt"

func main() {
	var a [8]int
	var b [8]byte
	done := make(chan bool)
	for i := 0; i < 8; i++ {
		go func(i int) {
			a[i] = i * i
			b[i] = byte(i)
			done <- true
		}(i)
	}
	for i := 0; i < 8; i++ {
		<-done
	}
	fmt.Println(a, b)
}
