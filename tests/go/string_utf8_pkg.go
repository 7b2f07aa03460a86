package main

import (
	"fmt"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Hello, 世界 👋"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size, utf8.RuneLen('é'), utf8.RuneLen('a'), utf8.RuneLen('👋'))
	fmt.Println(utf8.ValidString(s), utf8.ValidString("a\xffb"), utf8.RuneError)
	r2, sz2 := utf8.DecodeRuneInString("\xff")
	fmt.Println(r2 == utf8.RuneError, sz2)
	for i, w := 0, 0; i < len(s); i += w {
		rv, width := utf8.DecodeRuneInString(s[i:])
		w = width
		if width > 1 {
			fmt.Print(i, ":", string(rv), " ")
		}
	}
	fmt.Println()
	fmt.Println(s[7:10], s[7:8] == "\xe4")
	bs := []byte(s)
	fmt.Println(len(bs), bs[7], bs[len(bs)-1])
	fmt.Printf("%x\n", "世")
	fmt.Printf("% x\n", []byte("é!"))
	fmt.Printf("%U %c %q\n", '世', 19990, "👋")
	fmt.Printf("%+q\n", "héllo")
}
