package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Abs(-3.5), math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.7))
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Round(0.49999999999999994), math.RoundToEven(2.5), math.RoundToEven(3.5))
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(0, -1), math.Pow(-1, math.Inf(1)), math.Pow(1.5, 2.5))
	fmt.Println(math.Exp(1), math.Exp(0.5), math.Log(math.E), math.Log(10), math.Log2(8), math.Log2(10), math.Log10(1000), math.Log10(2))
	for _, x := range []float64{0.1, 0.5, 1, 2, 3, 10, 100, 1e6, -0.7, 1e-9, 12345.678} {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Exp(x), math.Log(math.Abs(x)), math.Sqrt(math.Abs(x)), math.Cbrt(x))
	}
	fmt.Println(math.Atan2(1, 1), math.Atan2(-1, -1), math.Atan2(0, -1), math.Hypot(3, 4), math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3))
	fmt.Println(math.Inf(1), math.Inf(-1), math.NaN(), math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.IsInf(math.Inf(-1), 1), math.IsInf(math.Inf(1), 0))
	negz := math.Copysign(0, -1)
	fmt.Println(negz, math.Signbit(negz), math.Signbit(0), math.Copysign(3, -1), math.Max(negz, 0), math.Min(negz, 0), math.Max(1, math.NaN()), math.Min(math.Inf(-1), math.NaN()), math.Max(3, 7), math.Min(3, 7))
	fmt.Println(math.MaxInt, math.MinInt, math.MaxInt8, math.MinInt8, math.MaxInt16, math.MinInt16, math.MaxInt32, math.MinInt32, math.MaxInt64, math.MinInt64)
	fmt.Println(math.MaxUint8, math.MaxUint16, math.MaxUint32, uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	fmt.Println(math.Pi, math.E, math.Sqrt2, math.Ln2, math.Log2E, math.Phi)
	fmt.Printf("%.4f %.10f %x\n", math.Pi, math.E, math.Float64bits(1.5))
	fmt.Println(math.Float64frombits(0x4000000000000000), math.Float32bits(1.5), math.Float32frombits(0x3fc00000))
	var fi, ff float64
	fi, ff = math.Modf(-3.25)
	fmt.Println(fi, ff)
	var fr float64
	var ex int
	fr, ex = math.Frexp(8)
	fmt.Println(fr, ex, math.Ldexp(0.5, 4), math.Pow10(3), math.Pow10(-2))
	fmt.Println(math.Sinh(1), math.Cosh(1), math.Tanh(0.5), math.Asin(0.5), math.Acos(0.5), math.Exp2(10), math.Log1p(1e-10), math.Expm1(1e-10))
	fmt.Println(math.Gamma(5), math.Erf(0.5), math.Dim(5, 3), math.Dim(3, 5), math.Remainder(7, 4), math.Nextafter(1, 2))
	fmt.Println(math.Floor(math.Inf(1)), math.Sqrt(math.Inf(1)), math.Log(0), math.Log(-1), math.Exp(1000), math.Exp(-1000))
}
