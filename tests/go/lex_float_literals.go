package main

import "fmt"

func main() {
	fmt.Println(0.0, 1.5, .5, 1., 1e3, 1E-3, 6.022e23, 1_000.000_1)
	fmt.Println(1e100, 1e-7, 123456789.0, 1e21, 1e20)
	fmt.Println(0x1p4, 0x1.8p1, 0X.8p0, 0x1p-2)
	fmt.Println(3.14159265358979323846, 2.5e+2, 00.5, 01.5, 09.5)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32))
	fmt.Println(1e6, 1e-4, 1e-5, 100000000.0, 12345678901234567890.0)
	fmt.Printf("%T %v\n", 1e3, 1e3)
	var i int = 1e3
	fmt.Println(i)
}
