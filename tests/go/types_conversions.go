package main

import "fmt"

func main() {
	f := 3.99
	fmt.Println(int(f), int(-f), int64(f), int8(f), uint(f))
	g := -2.5
	fmt.Println(int(g), int32(g))
	i := -1
	fmt.Println(uint8(i), uint16(i), uint32(i), uint64(i), uint(i))
	big := 300
	fmt.Println(int8(big), uint8(big), int16(big))
	n := 65537
	fmt.Println(uint16(n), int16(n))
	var u64 uint64 = 1<<64 - 1
	fmt.Println(int64(u64), int32(u64), float64(u64))
	var i64 int64 = -9223372036854775808
	fmt.Println(uint64(i64), float64(i64), int8(i64))
	var x int32 = 100000
	fmt.Println(float32(x), float64(x)/3)
	var b byte = 200
	fmt.Println(int8(b), rune(b), string(rune(b)))
	var ui uint = 7
	fmt.Println(float64(ui)/2, int(ui)-10)
	var f32 float32 = 16777217
	fmt.Println(f32, int(f32))
	d := 1e10
	fmt.Println(int64(d), int32(int64(d)))
	fmt.Println(float32(0.1)+float32(0.2))
	fmt.Printf("%T %T %T\n", int8(1)+2, float32(1)*2, uint(3)/2)
	var r rune = 'é'
	fmt.Println(byte(r), int(r), uint8(r>>8))
	h := 1.5e9
	fmt.Println(int32(int64(h)), uint32(h))
}
