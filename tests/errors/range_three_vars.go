package main

func main() {
	var s []int
	for a, b, c := range s { // ERROR "range clause permits at most two iteration variables"
	}
}
