package main

import "fmt"

func caesar(s string, k int) string {
	out := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z':
			out[i] = 'a' + byte((int(c-'a')+k)%26)
		case c >= 'A' && c <= 'Z':
			out[i] = 'A' + byte((int(c-'A')+k)%26)
		default:
			out[i] = c
		}
	}
	return string(out)
}

func main() {
	fmt.Println(caesar("Hello, World!", 3), caesar(caesar("Hello", 3), 23))
	var b byte = 'z'
	b++
	fmt.Println(b, string(rune(b)))
	r := 'a'
	r += 25
	fmt.Println(r, string(r))
	digits := "12345"
	n := 0
	for _, d := range digits {
		n = n*10 + int(d-'0')
	}
	fmt.Println(n, n*2)
	upper := []rune("héllo")
	for i, c := range upper {
		if c >= 'a' && c <= 'z' {
			upper[i] = c - 32
		}
	}
	fmt.Println(string(upper))
	fmt.Printf("%T %T %T\n", b-'a', r-'a', 'a'-'b')
	x := 'b' - 'a'
	fmt.Println(x, 'a'*2, "abc"[1]-'a')
}
