// race: 17,20
// found: 1
// One field of a struct reached through a pointer.
package main

import "fmt"

type Account struct {
	Owner   string
	Balance int
}

func main() {
	acc := &Account{Owner: "ann"}
	done := make(chan bool)
	go func() {
		acc.Balance += 10 // racing
		done <- true
	}()
	acc.Balance -= 5 // racing
	<-done
	fmt.Println(acc.Owner)
}
