package main

import (
	"fmt"
	"math"
)

const (
	MaxU8  uint8  = math.MaxUint8
	MinI16 int16  = math.MinInt16
	MaxI32 int32  = math.MaxInt32
	MaxU32 uint32 = math.MaxUint32
)

type Bits uint16

const AllBits Bits = 1<<16 - 1

func main() {
	fmt.Println(MaxU8, MinI16, MaxI32, MaxU32, AllBits)
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64))
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxInt16, math.MaxUint16)
	const c = 'a' * 2
	const s = "con" + "cat"
	const b = len(s) > 5
	fmt.Println(c, s, b, len(s))
	const f = 1 << 10 * 1.5
	fmt.Println(f)
	const big = 1e18
	fmt.Println(int64(big), big)
	var x uint8 = MaxU8
	x++
	fmt.Println(x)
	const e = 10 % 3 * 2
	fmt.Println(e, 7.0/2, 7/2, 7/2.0)
	const neg = -1
	fmt.Println(MaxU32-1, neg)
	fmt.Printf("%T %T %T\n", MaxU8, AllBits, c)
}
