// printf: Printf formats against their arguments, and Print calls that
// look like Printf. Each `// want` line was checked with go vet (Go 1.19):
// printf.out is go vet's output (command-line-arguments spelled main), with
// one wording of newer go vet: "possible Printf formatting directive" (Go
// 1.19 says "possible formatting directive"; golang/go#66733 quotes the
// newer message, golang.org/x/tools printf.go has it).
package main

import (
	"errors"
	"fmt"
	"log"
	"os"
)

type Point struct{ X, Y int }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

const greeting = "hello %s\n"

type Node struct{ next *Node }

// Formatting the receiver inside its own String method calls String again,
// forever.
func (n Node) String() string { return fmt.Sprintf("node(%v)", n) } // want "fmt.Sprintf format %v with arg n causes recursive \(main.Node\).String method call"

type Path struct{ parts []string }

func (p *Path) String() string { return fmt.Sprint(p) } // want "fmt.Sprint arg p causes recursive call to \(\*main.Path\).String method"

type Fail struct{ code int }

func (f Fail) Error() string { return fmt.Sprintf("fail %d (%#v)", f.code, f) } // %#v does not call Error

func main() {
	name, n, pi := "gopher", 3, 3.14159
	p := Point{1, 2}
	err := errors.New("boom")
	fmt.Printf("%d\n", name) // want "fmt.Printf format %d has arg name of wrong type string"
	fmt.Printf("%s\n", n)    // want "fmt.Printf format %s has arg n of wrong type int"
	fmt.Printf("%d %d\n", n) // want "fmt.Printf format %d reads arg #2, but call has 1 arg"
	s := fmt.Sprintf("%d", n, n) // want "fmt.Sprintf call needs 1 arg but has 2 args"
	fmt.Println("%d items", n)   // want "fmt.Println call has possible Printf formatting directive %d"
	fmt.Println("done\n")        // want "fmt.Println arg list ends with redundant newline"
	fmt.Printf("%z\n", n)        // want "fmt.Printf format %z has unknown verb z"
	fmt.Printf("%d\n", pi)       // want "fmt.Printf format %d has arg pi of wrong type float64"
	fmt.Printf("total\n", n)     // want "fmt.Printf call has arguments but no formatting directives"
	fmt.Printf("%d\n", main)     // want "fmt.Printf format %d arg main is a func value, not called"
	fmt.Printf("%s\n", p)        // want "fmt.Printf format %s has arg p of wrong type main.Point"
	fmt.Printf("%t\n", n)        // want "fmt.Printf format %t has arg n of wrong type int"
	fmt.Printf("%*d\n", "4", n)  // want "fmt.Printf format %\*d uses non-int \"4\" as argument of \*"
	fmt.Printf("%[3]d\n", n, n)  // want "fmt.Printf format has invalid argument index \[3\]"
	fmt.Printf("%d")             // want "fmt.Printf format %d reads arg #1, but call has 0 args"
	fmt.Printf("%w\n", err)      // want "fmt.Printf does not support error-wrapping directive %w"
	fmt.Printf("%s\n", nil)      // want "fmt.Printf format %s has arg nil of wrong type untyped nil"
	fmt.Print("%d\n", n)         // want "fmt.Print call has possible Printf formatting directive %d"
	fmt.Fprintf(os.Stdout, "%d\n", name) // want "fmt.Fprintf format %d has arg name of wrong type string"
	fmt.Fprintln(os.Stderr, "%v", n)     // want "fmt.Fprintln call has possible Printf formatting directive %v"
	fmt.Println(os.Stdout, "x")          // want "fmt.Println does not take io.Writer but has first arg os.Stdout"
	fmt.Printf(greeting, n)              // want "fmt.Printf format %s has arg n of wrong type int"
	fmt.Printf("%x %q\n", []int{1}, 2.5) // want "fmt.Printf format %q has arg 2.5 of wrong type float64"
	fmt.Printf("%")                      // want "fmt.Printf format % is missing verb at end of string"
	log.Printf("%d\n", name)             // want "log.Printf format %d has arg name of wrong type string"
	_ = fmt.Errorf("%d: %w", n, n)       // want "fmt.Errorf format %w has arg n of wrong type int"

	// all well
	fmt.Printf("%-5d|%+.2f|%x|%X|%q|%v|%+v|%#v|%T|%%|%c|%U|%e|%g|%p\n", n, pi, name, n, 'r', p, p, p, p, 'x', 'x', pi, pi, &p)
	fmt.Printf("%s %v %d\n", Celsius(21), err, []int{1, 2})
	fmt.Printf("%[2]d %[1]d\n", 1, 2)
	fmt.Printf("%*d|%.*f\n", 5, n, 2, pi)
	fmt.Printf("%s %s\n", []byte("bytes"), err)
	fmt.Println(s, "100%")
	log.Println("ok")
	fmt.Println(fmt.Errorf("wrap: %w", err))
}
