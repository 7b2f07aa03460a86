package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, 1, -1, 0.1, 1.0 / 3, 2.5, 100, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456.789, math.Pi, -0.0, 1e100, 5e-324}
	for _, v := range vals {
		fmt.Printf("%v|%g|%f|%.2f|%e|%E|%.3e|%G\n", v, v, v, v, v, v, v, v)
	}
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN())
	fmt.Printf("%f %v %5.1f %e\n", math.Inf(1), math.NaN(), math.Inf(-1), math.Inf(1))
	fmt.Printf("%8.3g|%-10g|%.0f|%.0f|%.0f\n", 1234.5678, 1.5, 0.5, 1.5, 2.5)
	var f32 float32 = 1.1
	fmt.Printf("%v %g %f %.10f\n", f32, f32, f32, f32)
	fmt.Println(f32, float64(f32), float32(1)/3, 1.0/3)
	fmt.Println(1e6, 1e21, 123456789.0, 0.000001, 0.0000001, 100.0, 3.0)
	fmt.Println(float32(1e21), float32(0.000001), float32(16777216))
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%#g %#.3g\n", 1.0, 2.0)
	fmt.Printf("%.3s|%.10s|%5.2s|\n", "abcdef", "ab", "xyz")
}
