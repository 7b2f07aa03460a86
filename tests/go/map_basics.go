package main

import (
	"fmt"
	"sort"
)

type Key struct {
	A string
	B int
}

type Inventory struct {
	Items map[string]int
	Name  string
}

func main() {
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil, nm)
	v, ok := nm["x"]
	fmt.Println(v, ok)
	delete(nm, "x")
	for range nm {
		fmt.Println("never")
	}
	m := map[string]int{"one": 1, "two": 2, "three": 3}
	fmt.Println(m, len(m))
	m["four"] = 4
	m["one"] += 10
	m["new"]++
	fmt.Println(m)
	delete(m, "two")
	delete(m, "missing")
	v, ok = m["two"]
	fmt.Println(v, ok, len(m))
	if x, ok := m["four"]; ok {
		fmt.Println("found", x)
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(keys)
	total := 0
	for _, v := range m {
		total += v
	}
	fmt.Println(total)
	sk := map[Key]string{{"a", 1}: "x", {"b", 2}: "y"}
	sk[Key{"a", 1}] = "z"
	fmt.Println(sk, sk[Key{"b", 2}], len(sk))
	ik := map[interface{}]int{1: 1, "1": 2, 1.5: 3, true: 4, Key{"k", 0}: 5}
	fmt.Println(ik[1], ik["1"], ik[1.5], ik[true], ik[Key{"k", 0}], ik[false], len(ik))
	ms := map[string][]int{}
	ms["a"] = append(ms["a"], 1)
	ms["a"] = append(ms["a"], 2)
	ms["b"] = append(ms["b"], 3)
	fmt.Println(ms)
	inv := Inventory{Items: map[string]int{}, Name: "store"}
	inv.Items["apple"] = 5
	inv2 := inv
	inv2.Items["pear"] = 1
	fmt.Println(inv.Items, len(inv2.Items))
	mm := map[string]map[string]int{}
	if mm["x"] == nil {
		mm["x"] = map[string]int{}
	}
	mm["x"]["y"] = 1
	fmt.Println(mm)
	im := map[int]string{3: "c", 1: "a", 2: "b", -5: "neg"}
	fmt.Println(im)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	fm := map[float64]string{2.5: "x", -1: "y", 0: "z"}
	fmt.Println(fm)
	mk := make(map[rune]int, 10)
	for _, r := range "hello" {
		mk[r]++
	}
	fmt.Println(mk)
	ak := map[[2]int]bool{{1, 2}: true}
	fmt.Println(ak[[2]int{1, 2}], ak[[2]int{2, 1}])
	mp := map[string]*Key{"p": {"q", 1}}
	mp["p"].B = 42
	fmt.Println(*mp["p"])
	fmt.Printf("%v %d\n", map[string]bool{}, len(map[int]int{}))
}
