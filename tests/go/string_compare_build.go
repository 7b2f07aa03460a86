package main

import (
	"fmt"
	"strings"
)

func main() {
	words := []string{"banana", "Apple", "cherry", "apple", "", "b"}
	for i := 0; i < len(words); i++ {
		for j := i + 1; j < len(words); j++ {
			if words[j] < words[i] {
				words[i], words[j] = words[j], words[i]
			}
		}
	}
	fmt.Printf("%q\n", words)
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	s := ""
	for i := 0; i < 10; i++ {
		s += fmt.Sprint(i)
	}
	fmt.Println(s, len(s), s[3:7])
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.ContainsRune("abc", 'c'), strings.ContainsAny("abc", "xyzc"))
	fmt.Println(strings.Split("a b c", " ")[1], strings.SplitAfter("a,b", ","), strings.TrimRight("abccc", "c"), strings.TrimSuffix("file.go", ".go"))
	parts := strings.SplitN("k=v=w", "=", 2)
	fmt.Println(parts, len(parts))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
	fmt.Println(strings.Title("hello world") != "", strings.Repeat("=", 10))
}
