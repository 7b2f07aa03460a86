package main

import "fmt"

type T struct{ x int }

func main() {
	m := map[interface{}]string{
		3: "int3", 1: "int1", "b": "sb", "a": "sa", 2.5: "f", true: "t", false: "f2",
	}
	fmt.Println(len(m))
	fmt.Println(m[3], m["a"], m[true])
	m2 := map[T]int{{3}: 3, {1}: 1, {2}: 2}
	fmt.Println(m2)
	m3 := map[[2]string]int{{"b", "a"}: 1, {"a", "z"}: 2, {"a", "b"}: 3}
	fmt.Println(m3)
	type E struct {
		S string
		N int
	}
	m4 := map[E]bool{{"x", 2}: true, {"x", 1}: false, {"a", 9}: true}
	fmt.Println(m4)
	fmt.Printf("%v\n%+v\n", m4, m2)
	pm := map[string]interface{}{"n": 1, "s": "str", "l": []int{1}, "m": map[string]int{"z": 1}}
	fmt.Println(pm)
	var err error
	em := map[string]error{"ok": err}
	fmt.Println(em)
	nested := map[string][]map[string]int{"k": {{"a": 1}, {"b": 2}}}
	fmt.Println(nested)
}
