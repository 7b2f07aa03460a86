package main

import "fmt"

func main() {
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)), string(rune(0x10FFFF+1)))
	s := "héllo, 世界"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(s), len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	fmt.Println(string(b), string(r))
	b[0] = 'H'
	fmt.Println(s, string(b))
	r[7] = 'W'
	fmt.Println(string(r))
	fmt.Println(string(b[1:3]), string(r[1:3]))
	empty := []byte{}
	var nilb []byte
	fmt.Println(string(empty) == "", string(nilb) == "", len([]rune("")))
	bad := string([]byte{0xff, 'a', 0xc3})
	fmt.Println([]rune(bad), len(bad))
	fmt.Printf("%q\n", string([]rune{0x61, 0xD800, 0x62}))
	var ru rune = 'x'
	str := string(ru) + string('y')
	fmt.Println(str)
	bs := []byte("abc")
	bs = append(bs, "def"...)
	fmt.Println(string(bs))
	type MyStr string
	ms := MyStr("typed")
	fmt.Println(string(ms), len(ms), []byte(ms)[0])
	type Bytes []byte
	fmt.Println(string(Bytes{104, 105}))
}
