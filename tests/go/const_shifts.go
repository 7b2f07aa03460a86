package main

import "fmt"

func main() {
	fmt.Println(1<<10, 1<<0, 256>>4, -16>>2, -1>>10)
	var n uint = 3
	x := 1 << n
	fmt.Printf("%T %v\n", x, x)
	var i8 int8 = 1
	fmt.Println(i8<<7, i8<<8)
	var u8 uint8 = 0xff
	fmt.Println(u8<<1, u8>>1, u8<<9)
	var i64 int64 = -1
	fmt.Println(i64>>63, i64<<63, uint64(i64)>>60)
	var u32 uint32 = 1
	fmt.Println(u32<<31, u32<<32)
	sh := 70
	var v int64 = 5
	fmt.Println(v<<sh, v>>sh, -v>>sh)
	a := 0xF0
	fmt.Println(a&0x3C, a|0x0F, a^0xFF, a&^0x30, ^a)
	var b uint8 = 0x0F
	fmt.Println(^b, b&^0x05)
	x <<= 2
	x >>= 1
	x |= 1
	x &= 0xF
	x ^= 3
	x &^= 8
	fmt.Println(x)
}
