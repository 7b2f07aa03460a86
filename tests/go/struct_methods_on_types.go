package main

import (
	"fmt"
	"sort"
	"strings"
)

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return len(w[i]) < len(w[j]) || (len(w[i]) == len(w[j]) && w[i] < w[j]) }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }
func (w Words) Join() string       { return strings.Join(w, ",") }

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }

type Handler func(string) string

func (h Handler) Twice(s string) string { return h(h(s)) }

func main() {
	c := Celsius(100)
	fmt.Println(c.ToF(), c.ToF().ToC(), Celsius(-40).ToF())
	w := Words{"banana", "kiwi", "apple", "fig", "date"}
	sort.Sort(w)
	fmt.Println(w.Join())
	s := Set{}
	s.Add("x")
	s.Add("y")
	fmt.Println(s.Has("x"), s.Has("z"), len(s))
	h := Handler(func(s string) string { return s + "!" })
	fmt.Println(h.Twice("hey"))
	fmt.Printf("%v %.1f %T\n", c, c.ToF(), c.ToF())
}
