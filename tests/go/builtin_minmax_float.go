package main

// min and max on floats: a NaN operand gives NaN, and signed zeros are
// ordered -0 < +0 (Go's runtime fmin/fmax). Expected output from Go 1.22.

import (
	"fmt"
	"math"
)

func main() {
	nan, negz := math.NaN(), math.Copysign(0, -1)
	one := 1.0
	fmt.Println(min(one, nan), max(nan, one), min(nan, one), max(one, nan), min(one, 2, nan, 0))
	fmt.Println(math.Signbit(min(0.0, negz)), math.Signbit(min(negz, 0.0)))
	fmt.Println(math.Signbit(max(0.0, negz)), math.Signbit(max(negz, 0.0)))
	fmt.Println(min(3.5, one, 2), max(3.5, one, 2), min(one), max(-one, math.Inf(-1)))
	var f32 float32 = 1.25
	fmt.Println(min(f32, 0.5), max(f32, float32(math.Inf(1))), min(f32, float32(nan)))
	fmt.Println(min(1, 2.5), max(2, 1), min("b", "a", "c"), max(int8(-3), 4))
	x, y := uint(3), uint(1<<63)
	fmt.Println(min(x, y), max(x, y))
}
