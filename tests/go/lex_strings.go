package main

import "fmt"

func main() {
	s := "a\tb\nc\\d\"e\x41\101\u00e9\U0001F600"
	fmt.Println(s, len(s))
	fmt.Printf("%q\n", s)
	raw := `raw \n string with "quotes"
second line\t`
	fmt.Println(raw, len(raw))
	fmt.Println(`` == "", len(``))
	fmt.Println("\xff\xfe", len("\xff\xfe"))
	fmt.Printf("%q\n", "\xff")
	multi := `a
b
c`
	fmt.Println(multi)
	fmt.Println("日本語", len("日本語"))
	fmt.Println("tab:\t|", "bell:\a|"[0:5])
	cr := `x` + "\r" + `y`
	fmt.Println(len(cr))
}
