package main

import (
	"fmt"
	"sort"
	"strings"
)

type person struct {
	name string
	age  int
}

type byAge []person

func (a byAge) Len() int           { return len(a) }
func (a byAge) Less(i, j int) bool { return a[i].age < a[j].age }
func (a byAge) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

var seed uint32 = 7

func rnd() int {
	seed = seed*1103515245 + 12345
	return int(seed>>16) % 50
}

func main() {
	xs := []int{5, 2, 8, -1, 0, 2, 9, 100, -50}
	sort.Ints(xs)
	fmt.Println(xs, sort.IntsAreSorted(xs), sort.SearchInts(xs, 8), sort.SearchInts(xs, 3))
	ss := []string{"pear", "apple", "fig", "", "Banana", "apple"}
	sort.Strings(ss)
	fmt.Printf("%q %v\n", ss, sort.StringsAreSorted(ss))
	fs := []float64{3.5, -1, 2.25, 0, 10}
	sort.Float64s(fs)
	fmt.Println(fs, sort.Float64sAreSorted(fs))
	people := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Frank", 30}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	people2 := []person{{"Alice", 30}, {"Bob", 25}, {"Carol", 30}, {"Dan", 25}, {"Eve", 35}, {"Frank", 30}}
	sort.SliceStable(people2, func(i, j int) bool { return people2[i].age < people2[j].age })
	fmt.Println(people2)
	sort.Sort(byAge(people2))
	fmt.Println(people2)
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	// many equal keys: order must match Go's pdqsort exactly
	big := make([]person, 300)
	for i := range big {
		big[i] = person{fmt.Sprint("p", i), rnd()}
	}
	sort.Slice(big, func(i, j int) bool { return big[i].age < big[j].age })
	var sb strings.Builder
	for _, p := range big {
		sb.WriteString(p.name)
		sb.WriteByte(' ')
	}
	fmt.Println(sb.String())
	big2 := make([]person, 300)
	for i := range big2 {
		big2[i] = person{fmt.Sprint("q", i), rnd()}
	}
	sort.Stable(byAge(big2))
	fmt.Println(big2[:20], sort.IsSorted(byAge(big2)))
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx, sort.SearchStrings([]string{"a", "c", "e"}, "d"))
	words := []string{"banana", "Apple", "cherry"}
	sort.Slice(words, func(i, j int) bool { return strings.ToLower(words[i]) < strings.ToLower(words[j]) })
	fmt.Println(words)
	arr := [][2]int{{3, 1}, {1, 2}, {2, 3}}
	sort.Slice(arr, func(i, j int) bool { return arr[i][0] < arr[j][0] })
	fmt.Println(arr)
	empty := []int{}
	sort.Ints(empty)
	sort.Slice(empty, func(i, j int) bool { return false })
	fmt.Println(empty, len(empty))
}
