package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	for _, r := range "aZ5 _!$\t\u00a0éÉßµ×÷ÿ¡§«¿²½αΩжЖ中٣\u2028\u3000" {
		fmt.Printf("%q L%v D%v N%v S%v U%v l%v P%v C%v G%v %q %q\n", r, unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsNumber(r),
			unicode.IsSpace(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsPunct(r), unicode.IsControl(r),
			unicode.IsPrint(r), unicode.ToUpper(r), unicode.ToLower(r))
	}
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('a'), unicode.SimpleFold('K'), unicode.SimpleFold('k'), unicode.SimpleFold('\u212A'), unicode.SimpleFold('1'))
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, unicode.ToTitle('a'), unicode.IsTitle('ǅ'))
	s := "héllo, 世界\xff!"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)), utf8.ValidString(s), utf8.ValidString("ok ✓"), utf8.Valid([]byte("a\xc0")))
	for i := 0; i < len(s); {
		var r rune
		var w int
		r, w = utf8.DecodeRuneInString(s[i:])
		fmt.Print(r, ":", w, " ")
		i += w
	}
	fmt.Println()
	var r rune
	var w int
	r, w = utf8.DecodeRuneInString("")
	fmt.Println(r, w)
	r, w = utf8.DecodeLastRuneInString("ab世")
	fmt.Println(r, w)
	r, w = utf8.DecodeLastRuneInString("a\x80")
	fmt.Println(r, w)
	r, w = utf8.DecodeRune([]byte("€uro"))
	fmt.Println(r, w)
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen('😀'), utf8.RuneLen(-1), utf8.RuneLen(0xD800))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n, utf8.RuneError, utf8.UTFMax, utf8.RuneSelf, utf8.MaxRune)
	fmt.Println(string(utf8.AppendRune([]byte("x"), 'é')), utf8.ValidRune(0x10FFFF), utf8.ValidRune(0xDFFF), utf8.FullRune([]byte{0xe4, 0xb8}), utf8.RuneStart(0x80))
}
