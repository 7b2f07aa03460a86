package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred does not run")
	fmt.Println("before exit")
	os.Exit(3)
}
