package main

// A negative index is reported without the length (Go's boundsNegErrorFmt).

func main() {
	a := []int{1}
	i := -1
	println(a[i])
}
