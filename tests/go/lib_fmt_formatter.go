package main

// fmt.Formatter and fmt.State: Format called for every verb, nested in
// slices and structs, Flag/Width/Precision, FormatString, a panicking
// Format. Expected output from Go 1.22.

import (
	"fmt"
	"strings"
)

type Money struct {
	cents int64
	cur   string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "%s %d.%02d", m.cur, m.cents/100, m.cents%100)
			return
		}
		fmt.Fprintf(f, "%d.%02d", m.cents/100, m.cents%100)
	case 'd':
		fmt.Fprint(f, m.cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Dir struct{ s string }

func (d *Dir) Format(st fmt.State, verb rune) {
	w, wok := st.Width()
	p, pok := st.Precision()
	fmt.Fprintf(st, "[%s w=%d,%v p=%d,%v -%v #%v 0%v sp%v] %s", fmt.FormatString(st, verb), w, wok, p, pok,
		st.Flag('-'), st.Flag('#'), st.Flag('0'), st.Flag(' '), strings.ToUpper(d.s))
}

type Bad struct{}

func (Bad) Format(f fmt.State, c rune) { panic("boom") }

func main() {
	m := Money{12345, "EUR"}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%s|%d|%x\n", m, m, m, m, m)
	fmt.Println(fmt.Sprint([]Money{m, {5, "USD"}}), fmt.Sprintf("%v", struct{ M Money }{m}))
	d := &Dir{"dir"}
	fmt.Printf("%-8.3v\n", d)
	fmt.Printf("%#08x\n", d)
	fmt.Printf("% 4.1d\n", d)
	fmt.Printf("%v\n", Bad{})
	var nd *Dir
	fmt.Printf("%v\n", nd)
}
