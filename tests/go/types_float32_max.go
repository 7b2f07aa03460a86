package main

import (
	"fmt"
	"math"
)

func main() {
	var h float32 = 3.4028235e38
	fmt.Println(h)
	var m float32 = math.MaxFloat32
	fmt.Println(m == h)
}
