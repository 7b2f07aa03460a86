package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), s[0], s[1], s[2], string(s[0]))
	fmt.Printf("%T %T\n", s[0], s[1:2])
	fmt.Println(s[:1], s[1:3], s[7:], s[len(s)-1:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), "(", r, ") ")
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8c\xe4\xb8\x96"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	for i := range "abc" {
		fmt.Print(i)
	}
	fmt.Println()
	cnt := 0
	for range "日本語" {
		cnt++
	}
	fmt.Println(cnt)
	a := "abc"
	b := "abd"
	fmt.Println(a < b, a > b, a == "abc", a != b, "" < "a", "Z" < "a", "ab" < "abc", a <= "abc", b >= a)
	c := a
	c += "def"
	fmt.Println(a, c)
	var sb string
	for i := 0; i < 5; i++ {
		sb += string(rune('a' + i))
	}
	fmt.Println(sb, len(sb))
	bs := []byte(sb)
	bs[0] = 'Z'
	fmt.Println(sb, string(bs))
	var e string
	fmt.Println(e == "", len(e), "["+e+"]")
	x := "x" + "y" + "z"
	fmt.Println(x, x[1:2]+x[0:1])
	r := []rune(s)
	fmt.Println(len(r), string(r[7:9]))
	fmt.Println("multi" + `raw` + "\t|")
	esc := "\u00e9" == "é"
	fmt.Println(esc, "\xe4\xb8\x96" == "世")
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			n++
		}
	}
	fmt.Println(n)
}
