package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(0), strconv.Itoa(-42), strconv.Itoa(9223372036854775807), strconv.Itoa(-9223372036854775808))
	for _, s := range []string{"123", "-7", "+5", "", "abc", "12a", "99999999999999999999", "-99999999999999999999", " 1", "0x10", "1_000"} {
		var n int
		var err error
		n, err = strconv.Atoi(s)
		fmt.Println(n, err)
	}
	var i64 int64
	var err error
	i64, err = strconv.ParseInt("ff", 16, 64)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("0x1f", 0, 64)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("-129", 10, 8)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("1", 1, 64)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("1", 10, 65)
	fmt.Println(i64, err)
	i64, err = strconv.ParseInt("1_000", 0, 64)
	fmt.Println(i64, err)
	var u64 uint64
	u64, err = strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u64, err)
	u64, err = strconv.ParseUint("18446744073709551616", 10, 64)
	fmt.Println(u64, err)
	u64, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(u64, err)
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Inf", "NaN", "1e400", "1e-400", "0x1p-2", "abc", "", "1.5e", ".5", "1_0.5"} {
		var f float64
		f, err = strconv.ParseFloat(s, 64)
		fmt.Println(f, err)
	}
	var f32 float64
	f32, err = strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
	var b bool
	for _, s := range []string{"true", "T", "0", "FALSE", "yes"} {
		b, err = strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.FormatInt(35, 36), strconv.FormatUint(18446744073709551615, 10))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', -1, 32),
		strconv.FormatFloat(123456789, 'e', 3, 64), strconv.FormatFloat(-1.5, 'g', -1, 64), strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(1, 'z', 0, 64))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	fmt.Println(strconv.Quote("hello \"world\"\n\t☺\x00\xff"), strconv.QuoteToASCII("☺ café"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'), strconv.QuoteRuneToASCII('☺'))
	for _, s := range []string{`"abc"`, `"a\nb\u263a\x41"`, "`raw\\n`", `'x'`, `'☺'`, `'\''`, `"unterminated`, `'ab'`, `"\q"`, `""`, `x`, `"a"b"`} {
		var u string
		u, err = strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	fmt.Println(strconv.CanBackquote("abc"), strconv.CanBackquote("a`b"), strconv.IsPrint('a'), strconv.IsPrint('\x01'))
	fmt.Println(string(strconv.AppendInt([]byte("x="), -12, 10)), string(strconv.AppendQuote(nil, "q")))
	_, err = strconv.Atoi("zz")
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err == strconv.ErrSyntax, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("999999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), strconv.IntSize)
}
