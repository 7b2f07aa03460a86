package main

// unicode.Is, In and IsOneOf with Go's range tables (categories, scripts,
// properties) and a program's own RangeTable. Expected output from Go 1.22.

import (
	"fmt"
	"unicode"
)

func main() {
	rs := []rune{'a', 'Z', '5', '٣', 'é', 'ß', '世', 'ア', 'あ', '한', 'Ж', 'α', 'ا', '!', ' ', '\u2028', '€', '\u0301', 'ǅ', '\U0001F600', 0x10FFFF + 1, -1}
	tabs := []*unicode.RangeTable{unicode.Letter, unicode.Lu, unicode.Ll, unicode.Lt, unicode.Digit, unicode.Number, unicode.Punct, unicode.Symbol, unicode.Space, unicode.Mark, unicode.Han, unicode.Latin, unicode.Greek, unicode.Cyrillic, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Arabic, unicode.White_Space, unicode.Sc, unicode.So, unicode.Mn}
	for _, r := range rs {
		fmt.Printf("%U:", r)
		for _, t := range tabs {
			if unicode.Is(t, r) {
				fmt.Print(" 1")
			} else {
				fmt.Print(" 0")
			}
		}
		fmt.Println(unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit}, r))
	}
	vowels := &unicode.RangeTable{R16: []unicode.Range16{{'a', 'a', 1}, {'e', 'e', 1}, {'i', 'o', 6}, {'u', 'u', 1}}}
	for _, r := range "aeiouxyz" {
		fmt.Print(unicode.Is(vowels, r), " ")
	}
	fmt.Println()
	n := 0
	for r := rune(0); r < 0x3000; r++ {
		if unicode.Is(unicode.L, r) {
			n++
		}
	}
	fmt.Println(n)
}
