package main

import "fmt"

func main() {
	rs := []rune{'a', 'Z', '0', ' ', '\a', '\b', '\f', '\n', '\r', '\t', '\v', '\\', '\'', '"',
		'\000', '\007', '\377', '\x41', '\xff', '\u00e9', '\u4e16', '\U0001F600', 'é', '世', '😀'}
	for _, r := range rs {
		fmt.Print(int(r), " ")
	}
	fmt.Println()
	fmt.Printf("%c%c%c\n", 'G', 'o', '!')
	fmt.Printf("%q %q %q %q\n", '\n', 'x', '\'', '世')
	var b byte = 'A'
	fmt.Println(b, 'A'+1, string(rune('A'+2)))
	fmt.Printf("%T %T\n", 'x', b)
}
