package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryErr struct {
	Q   string
	Err error
}

func (q *QueryErr) Error() string { return q.Q + ": " + q.Err.Error() }
func (q *QueryErr) Unwrap() error { return q.Err }

func find(k string) error {
	if k == "" {
		return fmt.Errorf("find %q: %w", k, ErrNotFound)
	}
	return nil
}

func main() {
	err := find("")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), errors.Unwrap(err) == ErrNotFound)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	w2 := fmt.Errorf("layer2: %w", err)
	fmt.Println(w2, errors.Is(w2, ErrNotFound))
	nw := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(nw, errors.Is(nw, ErrNotFound), errors.Unwrap(nw) == nil)
	qe := &QueryErr{"select", ErrNotFound}
	wrapped := fmt.Errorf("ctx: %w", qe)
	fmt.Println(wrapped, errors.Is(wrapped, ErrNotFound))
	var target *QueryErr
	if errors.As(wrapped, &target) {
		fmt.Println("as:", target.Q)
	}
	fmt.Println(errors.Is(nil, ErrNotFound), errors.Is(ErrNotFound, ErrNotFound))
	e := fmt.Errorf("code %d", 42)
	fmt.Printf("%v|%s|%q|%T\n", e, e, e, e)
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "%s-%d\n", "f", 2)
	fmt.Fprint(os.Stdout, "p", 3, "\n")
	fmt.Fprintln(os.Stderr, "to stderr")
	n, err2 := fmt.Println("count")
	fmt.Println(n, err2)
	s := fmt.Sprintf("%03d-%s", 7, "x")
	fmt.Println(s, len(s))
	fmt.Println(errors.New("a") != errors.New("a"))
}
