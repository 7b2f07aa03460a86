package main

import (
	"fmt"
	"strings"
	"time"
)

func time() {} // ERROR "time already declared through import of package time \(\"time\"\)"

type strings int // ERROR "strings already declared through import of package strings"

var fmt = 1 // ERROR "fmt already declared through import of package fmt"

func main() {}
