package main

import "fmt"

func grade(n int) string {
	if n >= 90 {
		return "A"
	} else if n >= 80 {
		return "B"
	} else if n >= 70 {
		return "C"
	} else {
		return "F"
	}
}

func f() int { return 7 }

func main() {
	for _, n := range []int{95, 85, 75, 10} {
		fmt.Print(grade(n))
	}
	fmt.Println()
	if x := f(); x > 5 {
		fmt.Println("big", x)
	} else if y := x * 2; y > 5 {
		fmt.Println("mid", x, y)
	} else {
		fmt.Println("small", x, y)
	}
	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)
	for i := 0; i < 6; i++ {
		switch i {
		case 0:
			fmt.Print("zero ")
		case 1, 2:
			fmt.Print("one-two ")
		case 3:
			fmt.Print("three ")
			fallthrough
		case 4:
			fmt.Print("four ")
		default:
			fmt.Print("default ")
		}
	}
	fmt.Println()
	switch y := f() * 2; {
	case y > 10:
		fmt.Println("y>10", y)
	case y > 5:
		fmt.Println("y>5")
	}
	switch {
	case false:
		fmt.Println("no")
	default:
		fmt.Println("default first")
	case true:
		fmt.Println("true case")
	}
	switch s := "go"; s + "lang" {
	case "golang":
		fmt.Println("matched golang")
	}
	switch {
	}
	switch f() {
	}
	n := 0
	switch {
	case n == 0:
		fmt.Println("n zero")
		if n == 0 {
			break
		}
		fmt.Println("unreachable")
	}
	for i := 0; i < 3; i++ {
		switch {
		case i == 1:
			continue
		}
		fmt.Print(i)
	}
	fmt.Println()
	switch 'b' {
	case 'a', 'b', 'c':
		fmt.Println("abc")
	}
	var ifc interface{} = "x"
	switch ifc {
	case 1:
		fmt.Println("int")
	case "x":
		fmt.Println("string x")
	}
	switch x := 5; x {
	case 5:
		fallthrough
	case 6:
		fallthrough
	default:
		fmt.Println("fell to default")
	case 7:
		fmt.Println("seven")
	}
	calls := 0
	g := func(v int) int { calls++; return v }
	switch 2 {
	case g(1), g(2), g(3):
	}
	fmt.Println("calls", calls)
	if b := true; !b {
	} else {
		fmt.Println("else with init", b)
	}
}
