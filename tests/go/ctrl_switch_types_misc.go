package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Done
)

func (s State) String() string {
	return [...]string{"Idle", "Running", "Done"}[s]
}

func next(s State) State {
	switch s {
	case Idle:
		return Running
	case Running:
		return Done
	default:
		return Idle
	}
}

func main() {
	s := Idle
	for i := 0; i < 4; i++ {
		fmt.Print(s, " ")
		s = next(s)
	}
	fmt.Println()
	fizz := func(n int) string {
		switch {
		case n%15 == 0:
			return "FizzBuzz"
		case n%3 == 0:
			return "Fizz"
		case n%5 == 0:
			return "Buzz"
		}
		return fmt.Sprint(n)
	}
	for i := 1; i <= 15; i++ {
		fmt.Print(fizz(i), " ")
	}
	fmt.Println()
	str := "a1 B2_c"
	letters, digits, other := 0, 0, 0
	for _, r := range str {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
			letters++
		case r >= '0' && r <= '9':
			digits++
		default:
			other++
		}
	}
	fmt.Println(letters, digits, other)
	x := 5
	switch y := x * 2; y {
	case 1, 2, 3:
		fmt.Println("small")
	case 10:
		fmt.Println("ten")
		x = 0
	}
	fmt.Println(x)
	i := 0
	for i < 3 {
		i++
		switch i {
		case 2:
			continue
		}
		fmt.Print("i", i, " ")
	}
	fmt.Println()
	var arr [5]int
	for i := range arr {
		switch {
		case i%2 == 0:
			arr[i] = i
			fallthrough
		case i == 99:
			arr[i] += 100
		default:
			arr[i] = -1
		}
	}
	fmt.Println(arr)
}
