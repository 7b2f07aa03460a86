// A runtime error recovered and re-raised.
package main

func main() {
	defer func() { r := recover(); panic(r) }()
	var a []int
	i := 5
	_ = a[i]
}
