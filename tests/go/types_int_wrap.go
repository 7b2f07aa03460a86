package main

import "fmt"

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	i8 = -128
	i8--
	fmt.Println(i8)
	var u8 uint8 = 255
	u8++
	fmt.Println(u8)
	u8 = 0
	u8--
	fmt.Println(u8)
	var i16 int16 = 32767
	i16 += 2
	fmt.Println(i16)
	var u16 uint16 = 65535
	u16 *= 2
	fmt.Println(u16)
	var i32 int32 = 2147483647
	i32 += 1
	fmt.Println(i32)
	var u32 uint32 = 4294967295
	u32 += 10
	fmt.Println(u32)
	var i64 int64 = 9223372036854775807
	i64++
	fmt.Println(i64)
	var u64 uint64 = 0
	u64--
	fmt.Println(u64)
	var i int = -9223372036854775808
	fmt.Println(-i, i/-1, i*-1)
	var a8 int8 = -128
	fmt.Println(-a8, a8/-1, a8%-1)
	var m8 int8 = 100
	fmt.Println(m8*3, m8+m8)
	var mu uint8 = 200
	fmt.Println(mu*mu, mu+mu, mu-201)
	var x32 int32 = 1 << 30
	fmt.Println(x32*4, x32*2)
	var p uint32 = 0xDEADBEEF
	fmt.Println(p*p, p<<4, p>>28)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2, -7/-2, -7%-2)
	var bb byte = 'a'
	bb += 200
	fmt.Println(bb)
	h := uint32(2166136261)
	for _, c := range []byte("hello") {
		h ^= uint32(c)
		h *= 16777619
	}
	fmt.Println(h)
	var hh uint64 = 14695981039346656037
	for _, c := range []byte("hello") {
		hh ^= uint64(c)
		hh *= 1099511628211
	}
	fmt.Println(hh)
}
