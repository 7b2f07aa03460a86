package main

import "fmt"

func main() {
	fmt.Println(0, 1, 42, 1_000_000, 0x1F, 0XfF, 0x_dead_BEEF)
	fmt.Println(0o17, 0O777, 017, 0_17, 0b1010, 0B1111_0000)
	fmt.Println(9223372036854775807, -9223372036854775808)
	var u uint64 = 18446744073709551615
	fmt.Println(u, 0xFFFFFFFFFFFFFFFF == u)
	fmt.Println(1_2_3, 0x1_0, 0b1_1, 0o1_0)
	fmt.Println(00, 0, 07)
	x := 0x10 + 010 + 0b10 + 10
	fmt.Println(x)
	fmt.Printf("%T %T\n", 0x10, 'a')
}
