// Go 1.22 semantics (range over int); the .out was written by hand from
// Go 1.22 rules because golang-go 1.19 rejects `for i := range n`.
package main

import "fmt"

type MyInt int

func main() {
	for i := range 3 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for range 2 {
		fmt.Print("x")
	}
	fmt.Println()
	n := 0
	for range n {
		fmt.Println("never")
	}
	for i := range -5 {
		fmt.Println("never", i)
	}
	var u8 uint8 = 4
	for i := range u8 {
		fmt.Printf("%T%v ", i, i)
	}
	fmt.Println()
	var m MyInt = 2
	for i := range m {
		fmt.Printf("%T=%v ", i, i)
	}
	fmt.Println()
	k := 3
	for i := range k {
		k = 10
		fmt.Print(i)
	}
	fmt.Println(" k =", k)
	sum := 0
	for i := range 101 {
		sum += i
	}
	fmt.Println(sum)
	var j int
	for j = range 4 {
	}
	fmt.Println(j)
	for i := range 5 {
		if i == 1 {
			continue
		}
		if i == 3 {
			break
		}
		fmt.Print(i)
	}
	fmt.Println()
}
