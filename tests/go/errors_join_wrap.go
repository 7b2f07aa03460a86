package main

// errors.Join, fmt.Errorf with several %w (Go 1.20+), and errors.Is / As
// walking the whole tree. Expected output from Go 1.22.

import (
	"errors"
	"fmt"
)

type MyErr struct{ c int }

func (e MyErr) Error() string { return fmt.Sprint("my ", e.c) }

func main() {
	e1 := errors.New("one")
	e2 := MyErr{2}
	j := errors.Join(e1, nil, e2)
	fmt.Println(j)
	fmt.Printf("%T %q\n", j, j.Error())
	fmt.Println(errors.Is(j, e1), errors.Join(nil, nil) == nil, errors.Join() == nil)
	fmt.Println(errors.Join(e1).Error() == "one", errors.Unwrap(j) == nil)
	var me MyErr
	fmt.Println(errors.As(j, &me), me.c)
	w := fmt.Errorf("wrap %w and %w", e1, e2)
	fmt.Printf("%T %v %v %v\n", w, w, errors.Is(w, e1), errors.Is(w, MyErr{2}))
	w2 := fmt.Errorf("wrap %[2]w and %[1]w", e1, e2)
	fmt.Println(w2, errors.Unwrap(w2) == nil)
	if u, ok := w2.(interface{ Unwrap() []error }); ok {
		fmt.Println(u.Unwrap())
	}
	w3 := fmt.Errorf("x: %w", e1)
	fmt.Printf("%T %v\n", w3, errors.Unwrap(w3) == e1)
	fmt.Println(fmt.Errorf("bad %w", 3))
	nested := fmt.Errorf("outer: %w", errors.Join(errors.New("a"), fmt.Errorf("b: %w", e2)))
	var me2 MyErr
	fmt.Println(nested, errors.As(nested, &me2), me2)
	var target error
	fmt.Println(errors.As(nested, &target), target != nil)
	fmt.Println(errors.Is(nil, nil), errors.Is(e1, nil), errors.As(nil, &me))
	fmt.Println(errors.ErrUnsupported)
}
