// Four panics, one recovered and replaced: the whole chain, oldest first.
package main

import "fmt"
import "errors"

func main() {
	defer func() { panic(errors.New("third")) }()
	defer func() { r := recover(); panic(fmt.Sprint("again: ", r)) }()
	defer func() { panic(42) }()
	panic("first")
}
