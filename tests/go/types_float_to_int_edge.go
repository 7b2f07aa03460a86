package main

import (
	"fmt"
	"math"
)

func main() {
	for _, f := range []float64{0.5, -0.5, 1.9999, -1.9999, 1e9, -1e9, 255.9, 256.0} {
		fmt.Print(int(f), " ", int32(f), " ", uint8(int(f)), " | ")
	}
	fmt.Println()
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5))
	fmt.Println(math.Abs(-3), math.Max(3, 7), math.Min(3, 7), math.Pow(2, 10), math.Sqrt(2))
	fmt.Println(math.Mod(7, 3), math.Inf(1) > 1e308, math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1))
	var i int = 7
	var f float64 = float64(i) / 2
	fmt.Println(f, int(f), float32(f))
	u := uint(3)
	fmt.Println(float64(u)*1.5, int64(float32(1)/3*3))
}
