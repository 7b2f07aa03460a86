package main

// fmt.Sscan, Sscanln and Sscanf on strings: every operand kind (named types
// too), widths, verbs, literal text, newlines, and Go's error texts.
// Expected output from Go 1.22.

import "fmt"

type Celsius float64
type ID int16

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("10 20\n hello 3.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscanln("1 2\n3", &a, &b, &f)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("7 8 9", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("x", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("5", &a, &b)
	fmt.Println(n, err)
	var name string
	var age int
	n, err = fmt.Sscanf("Name: Bob, Age: 42", "Name: %s Age: %d", &name, &age)
	fmt.Println(n, err, name, age)
	n, err = fmt.Sscanf("Bob,42", "%s,%d", &name, &age)
	fmt.Println(n, err, name, age)
	var x, y int
	n, err = fmt.Sscanf("(3,4)", "(%d,%d)", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("12345", "%2d%3d", &x, &y)
	fmt.Println(n, err, x, y)
	n, err = fmt.Sscanf("ff 0x1F 0b101 017", "%x %v %v %v", &a, &b, &x, &y)
	fmt.Println(n, err, a, b, x, y)
	var t bool
	var r rune
	var u8 uint8
	n, err = fmt.Sscanf("true Z 300", "%t %c %d", &t, &r, &u8)
	fmt.Println(n, err, t, string(r), u8)
	var q string
	n, err = fmt.Sscanf(`"hi\tthere" rest`, "%q %s", &q, &s)
	fmt.Printf("%d %v %q %q\n", n, err, q, s)
	var c Celsius
	var id ID
	n, err = fmt.Sscan("36.6 -12", &c, &id)
	fmt.Println(n, err, c, id)
	n, err = fmt.Sscanf("1 2", "%d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%d", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("5 %", "%d %%", &x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d %d", &x, &y)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1\n2", "%d\n%d", &x, &y)
	fmt.Println(n, err, x, y)
	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println(n, err, string(bs))
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("300", &u8)
	fmt.Println(n, err)
	var f32 float32
	n, err = fmt.Sscan("1e40 2.5", &f, &f32)
	fmt.Println(n, err, f, f32)
	n, err = fmt.Sscan("3", x)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("abc", "%d", &s)
	fmt.Println(n, err)
	n, err = fmt.Sscan("  \n  ", &s)
	fmt.Println(n, err)
}
