package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("", ""), strings.Contains("abc", "d"))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("héllo", ""))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  foo bar\t baz\n  "))
	fmt.Printf("%q\n", strings.Fields(""))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b2c33d", unicode.IsDigit))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Join(nil, ","), strings.Join([]string{"x"}, ","))
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Repeat("x", 0))
	fmt.Println(strings.ToUpper("hello, wörld ß ÿ"), strings.ToLower("HELLO ÀÉÎ Σ"))
	fmt.Printf("%q\n", strings.TrimSpace("  \t hi there \n\u00a0"))
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimRight("xxhixx", "x"))
	fmt.Printf("%q %q\n", strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("body.go", ".go"))
	fmt.Println(strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.HasPrefix("", ""), strings.HasSuffix("a", "ab"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("x", ""))
	fmt.Println(strings.IndexByte("golang", 'l'), strings.IndexRune("chicken", 'k'), strings.IndexRune("héllo", 'l'), strings.IndexAny("golang", "ny"))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndex("go", ""), strings.LastIndex("", "x"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("abc", "", "-"), strings.Replace("héllo", "", "|", 3))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.EqualFold("straße", "STRASSE"), strings.EqualFold("σ", "Σ"))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banxana"))
	fmt.Println(strings.ContainsRune("abc", 'b'), strings.ContainsAny("failure", "ui"), strings.ContainsAny("foo", ""))
	fmt.Println(strings.Title("hello wide world"))
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteByte(' ')
	sb.WriteRune('世')
	sb.Write([]byte("!!"))
	fmt.Fprintf(&sb, " %d-%s", 42, "x")
	fmt.Println(sb.String(), sb.Len())
	sb.Reset()
	sb.WriteString("again")
	fmt.Println(sb.String())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>hi</b>"))
	b, a, f := strings.Cut("key=value", "=")
	fmt.Println(b, a, f)
	fmt.Println(utf8.RuneCountInString("héllo, 世界"), utf8.RuneLen('世'), utf8.ValidString("a\xffb"))
	var rr rune
	var sz int
	rr, sz = utf8.DecodeLastRuneInString("héllo世")
	fmt.Println(rr, sz)
	fmt.Println(strings.ToUpper("a\xffb"), len(strings.ToUpper("a\xffb")))
	fmt.Println(strings.Compare("a", "b"), strings.LastIndexAny("golang", "go"), strings.IndexFunc("Hello, 世界", func(r rune) bool { return r > 127 }))
}
