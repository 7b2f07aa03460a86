package main

func main() {
	switch {
	case true:
	default:
		fallthrough // ERROR "cannot fallthrough final case in switch"
	}
}
