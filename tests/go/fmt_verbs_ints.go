package main

import "fmt"

func main() {
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%o|%O|%b|%#x|%#o|%08.3d\n", 42, 42, 42, 42, 42, 42, 255, 255, 8, 8, 5, 255, 8, 7)
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x\n", -42, -42, -42, -42, -42, -42, -255)
	fmt.Printf("%c|%c|%q|%U|%#U|%x\n", 65, 0x4e16, 'x', 0x1F600, 'é', "hi")
	fmt.Printf("%d %d %d %d\n", int8(-128), uint8(255), int64(-1<<63), uint64(1<<64-1))
	fmt.Printf("%v %v\n", []int{1, 2}, [2]bool{true})
	fmt.Printf("%d %x %X\n", []int{10, 11}, []int{10, 11}, []byte("hi"))
	fmt.Printf("%3c|%-3c|\n", 'a', 'b')
	fmt.Printf("%t %v %5t\n", true, false, true)
	fmt.Printf("%%|%d%%\n", 50)
	fmt.Printf("%x % x %#x\n", "hello", []byte{1, 2, 255}, "ab")
	fmt.Printf("%*d|%-*d|\n", 6, 1, 4, 2)
	fmt.Printf("%d\n", 'a')
	fmt.Printf("%v %d\n", uintptr(10), uint16(65535))
	fmt.Printf("%6.2f|%-8.3f|%08.2f|%+.1f|% .2f\n", 3.14159, 2.5, -1.5, 2.0, 1.0)
}
