package main

type S struct{}

func main() {
	var x any = 1
	switch x.(type) {
	case int, string:
	case int: // ERROR "duplicate case int in type switch"
	case S, error, error: // ERROR "duplicate case error in type switch"
	case nil:
	case nil: // ERROR "multiple nil cases in type switch"
	}
}
