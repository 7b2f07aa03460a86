package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt("x")         // ERROR "use of package fmt without selector"
	fmt              // ERROR "use of package fmt without selector"
	var x = fmt()    // ERROR "use of package fmt without selector"
	go fmt()         // ERROR "use of package fmt without selector"
	defer strings()  // ERROR "use of package strings without selector"
	y := strings     // ERROR "use of package strings without selector"
	fmt.Println(fmt) // ERROR "use of package fmt without selector"
	_, _ = x, y
}
