package main

import (
	"fmt"
	"fmt" // ERROR "fmt redeclared in this block"
	t "time"
	t "strings" // ERROR "t redeclared in this block"
)

func main() { fmt.Println(t.Second) }
