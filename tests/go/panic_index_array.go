package main

import "fmt"

func main() {
	var a [4]int
	i := -1 + len(a)*2
	fmt.Println(a[i%8])
}
