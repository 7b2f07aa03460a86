package main

import "fmt"

type Row struct {
	Name  string
	Qty   int
	Price float64
}

func main() {
	rows := []Row{{"apple", 3, 0.5}, {"banana", 12, 0.25}, {"cherry", 100, 10}}
	fmt.Printf("%-10s|%5s|%8s\n", "name", "qty", "price")
	for _, r := range rows {
		fmt.Printf("%-10s|%5d|%8.2f\n", r.Name, r.Qty, r.Price)
	}
	fmt.Printf("[%6.2f] [%-8.3f] [%+6d] [%-+6d] [% 5d] [%05.1f]\n", 3.14159, 2.0, 5, 5, 42, -2.5)
	fmt.Printf("[%x] [%#x] [%08b] [%o] [%#o] [%X]\n", 3054, 3054, 5, 64, 64, -255)
	fmt.Printf("[%10v] [%-10v] [%3v]\n", []int{1}, true, "toolong")
	fmt.Printf("[%5t] [%q] [%8q] [%-8q]\n", false, "a", "b", "c")
	fmt.Printf("[%c] [%5c] [%U] [%#U]\n", 'A', 'B', 'C', 'D')
	fmt.Printf("%v %v\n", Row{"x", 1, 2}, &Row{"y", 2, 3})
	fmt.Printf("%+v\n", rows[:1])
	fmt.Printf("%s %d\n", []string{"a", "b"}, map[string]int{"k": 1})
	fmt.Printf("%6.3v|%.2v|%10.4v\n", 3.14159, 123.456, "abcdefgh")
	fmt.Printf("%e %E %.0e %g %G\n", 123456.789, 0.000123, 5.5, 1e-10, 2.5e30)
	var pi float32 = 3.1415927
	fmt.Printf("%v %g %.3f %e\n", pi, pi, pi, pi)
	s := fmt.Sprintf("%3d%%", 7)
	fmt.Println(s, len(s))
}
