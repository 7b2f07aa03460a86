package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("x")
		sb.WriteByte('-')
		sb.WriteRune('é')
		fmt.Fprintf(&sb, "%d;", i)
	}
	fmt.Println(sb.String(), sb.Len())
	fmt.Println(strings.Split("a,b,,c", ","), len(strings.Split("", ",")))
	fmt.Println(strings.Fields("  a  b\tc\n "), strings.Join([]string{"x", "y"}, "+"))
	fmt.Println(strings.Repeat("ab", 3), strings.ToUpper("héllo"), strings.ToLower("ABC"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Index("chicken", "ken"), strings.Index("x", "y"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"), strings.TrimSpace("  t \n"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strconv.Itoa(-45), strconv.Quote("a\"b\n"))
	n, err := strconv.Atoi("123")
	fmt.Println(n, err)
	_, err = strconv.Atoi("12a")
	fmt.Println(err)
	fmt.Println(strings.Count("cheese", "e"), strings.LastIndex("go gopher", "go"), strings.Title("x") != "")
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"), strings.Trim("--a--", "-"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.SplitN("a,b,c", ",", 2))
}
