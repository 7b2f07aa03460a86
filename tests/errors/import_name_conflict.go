package main

import (
	"fmt"     // ERROR "\"fmt\" imported and not used"
	"strings" // ERROR "\"strings\" imported and not used"
	"time"    // ERROR "\"time\" imported and not used"
)

func time() {} // ERROR "time already declared through import of package time \(\"time\"\)"

type strings int // ERROR "strings already declared through import of package strings"

var fmt = 1 // ERROR "fmt already declared through import of package fmt"

func main() {}
