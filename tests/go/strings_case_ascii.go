// strings.ToLower and ToUpper over every ASCII byte at every offset and
// length (the ASCII path works eight bytes at a time), strings that are
// already in case (returned as they are), and non-ASCII text.
package main

import (
	"fmt"
	"strings"
)

func main() {
	var all []byte
	for c := 0; c < 128; c++ {
		all = append(all, byte(c))
	}
	s := string(all)
	sum := 0
	for lo := 0; lo < 20; lo++ {
		for hi := lo; hi <= len(s); hi += 7 {
			l, u := strings.ToLower(s[lo:hi]), strings.ToUpper(s[lo:hi])
			for i := 0; i < len(l); i++ {
				sum = sum*31 + int(l[i]) + 3*int(u[i])
				sum %= 1000000007
			}
		}
	}
	fmt.Println(sum)
	fmt.Println(strings.ToLower("Hello, WORLD! @[`{ AZaz 0123456789"))
	fmt.Println(strings.ToUpper("Hello, world! @[`{ AZaz 0123456789"))
	fmt.Println(strings.ToLower("already lower and long enough for words"))
	fmt.Println(strings.ToUpper("ÉCOLE Straße ǅ iİ"), strings.ToLower("ÉCOLE Straße ǅ İ"))
	fmt.Println(strings.ToLower("ASCII THEN ÄÖÜ"), strings.ToUpper("ascii then äöü"), strings.ToLower("bad \xff BYTE"))
	fmt.Printf("%q %q\n", strings.ToLower(""), strings.ToUpper("12345678"))
}
