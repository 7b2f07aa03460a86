package main

import "fmt"

const (
	huge = 1 << 100
	back = huge >> 98
	mx   = 1<<63 - 1
	mn   = -1 << 63
)


func main() {
	fmt.Println(back)
	fmt.Println(mx, mn)
	fmt.Println(huge / (1 << 90))
	const u64max uint64 = 1<<64 - 1
	fmt.Println(u64max)
	fmt.Println(uint64(huge>>40) % 1000)
	const x = 1000000000000 * 1000000000000 / 1000000000000
	fmt.Println(x)
}
