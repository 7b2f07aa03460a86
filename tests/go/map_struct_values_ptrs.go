package main

import (
	"fmt"
	"sort"
)

type Emp struct {
	Name   string
	Salary int
	Tags   []string
}

func main() {
	byID := map[int]*Emp{1: {"ann", 100, nil}, 2: {"bob", 90, nil}}
	byID[1].Salary += 10
	byID[2].Tags = append(byID[2].Tags, "new")
	fmt.Println(*byID[1], *byID[2])
	vals := map[string]Emp{"c": {"cat", 50, nil}}
	e := vals["c"]
	e.Salary = 60
	vals["c"] = e
	fmt.Println(vals["c"].Salary)
	if _, ok := byID[3]; !ok {
		byID[3] = &Emp{Name: "cy"}
	}
	ids := []int{}
	for id := range byID {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Print(id, ":", byID[id].Name, " ")
	}
	fmt.Println()
	nested := map[string]map[int][]string{}
	add := func(a string, b int, c string) {
		if nested[a] == nil {
			nested[a] = map[int][]string{}
		}
		nested[a][b] = append(nested[a][b], c)
	}
	add("x", 1, "p")
	add("x", 1, "q")
	add("y", 2, "r")
	fmt.Println(nested, len(nested["x"][1]))
	type key struct{ r, c int }
	grid := map[key]byte{}
	grid[key{0, 0}] = 'a'
	grid[key{1, 2}] = 'b'
	fmt.Println(len(grid), string(grid[key{1, 2}]), grid[key{5, 5}])
}
