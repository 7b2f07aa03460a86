package main

// An unused variable and an unused import are both reported: the body was
// checked through, so the import is really unused (go build prints both).

import (
	"fmt"
	"os" // ERROR "\"os\" imported and not used"
)

func main() {
	x := 1 // ERROR "x declared and not used"
	fmt.Println("hi")
}
