package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the quick brown fox jumps over the lazy dog the end"
	freq := map[string]int{}
	for _, w := range strings.Fields(text) {
		freq[w]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range freq {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool {
		if kvs[i].v != kvs[j].v {
			return kvs[i].v > kvs[j].v
		}
		return kvs[i].k < kvs[j].k
	})
	fmt.Println(kvs[:3])
	byLen := map[int][]string{}
	for _, w := range strings.Fields(text) {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	fmt.Println(byLen)
	for k := range freq {
		if freq[k] == 1 {
			delete(freq, k)
		}
	}
	fmt.Println(freq)
	inv := map[int][]string{}
	for k, v := range map[string]int{"a": 1, "b": 2, "c": 1} {
		inv[v] = append(inv[v], k)
	}
	for _, v := range inv {
		sort.Strings(v)
	}
	fmt.Println(inv)
	m := map[string]int{}
	m["x"] += 5
	m["x"] *= 3
	m["y"]--
	fmt.Println(m, len(m))
	copyM := make(map[string]int, len(m))
	for k, v := range m {
		copyM[k] = v
	}
	copyM["x"] = 0
	fmt.Println(m["x"], copyM["x"])
}
