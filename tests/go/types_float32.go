package main

import "fmt"

func main() {
	var a float32 = 0.1
	var b float32 = 0.2
	fmt.Println(a+b, a*b, a/b, a-b)
	var c float32 = 1.0 / 3.0
	fmt.Println(c, float64(c))
	var sum float32
	for i := 0; i < 10; i++ {
		sum += 0.1
	}
	fmt.Println(sum, sum == 1)
	var d float64
	for i := 0; i < 10; i++ {
		d += 0.1
	}
	fmt.Println(d, d == 1)
	var big float32 = 1e38
	fmt.Println(big*10, -big*10)
	var tiny float32 = 1e-45
	fmt.Println(tiny, tiny/2)
	x := float32(16777216.0)
	fmt.Println(x+1, x+2)
	fmt.Printf("%v %.10f %g %e\n", a, a, a, a)
	f64 := 1.0000001
	fmt.Println(float32(f64), float32(f64) == 1)
	z := 0.0
	fmt.Println(1/z, -1/z, z/z == z/z)
	var nz float32 = 0
	nz = -nz
	fmt.Println(nz, 1/nz)
}
