package main

// fmt.Scan, Scanln and Scanf on standard input (read a byte at a time, as
// Go does: the rune looked at past an item is lost when the call returns),
// Fscan on a strings.Reader, Fscanln on a bufio.Reader. Expected output
// from Go 1.22.

import (
	"bufio"
	"fmt"
	"os"
	"strings"
)

func main() {
	var name string
	var age int
	n, err := fmt.Scan(&name, &age)
	fmt.Println(n, err, name, age)
	var city string
	n, err = fmt.Scanln(&city)
	fmt.Println(n, err, city)
	n, err = fmt.Scanln(&city)
	fmt.Println(n, err, city)
	var a, b int
	n, err = fmt.Scanf("%d+%d\n", &a, &b)
	fmt.Println(n, err, a+b)
	var w1, w2 string
	n, err = fmt.Scanln(&w1, &w2)
	fmt.Println(n, err, w1, w2)
	var x float64
	n, err = fmt.Fscan(strings.NewReader(" 2.5 rest"), &x)
	fmt.Println(n, err, x)
	br := bufio.NewReader(os.Stdin)
	var last string
	n, err = fmt.Fscanln(br, &last)
	fmt.Println(n, err, last)
	n, err = fmt.Scan(&last)
	fmt.Println(n, err)
}
