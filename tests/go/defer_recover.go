package main

import (
	"errors"
	"fmt"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func catch(f func()) (v interface{}) {
	defer func() { v = recover() }()
	f()
	return "no panic"
}

type E struct{ c int }

func rethrow() (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprint("outer got: ", r)
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-", r))
		}()
		panic("first")
	}()
	return "unreached"
}

func panicInDefer() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	defer func() { panic("second") }()
	panic("first")
}

func recoverNotDirect() (s string) {
	defer func() {
		helper := func() interface{} { return recover() }
		r := helper()
		s = fmt.Sprint("helper got: ", r)
		recover()
	}()
	panic("p")
}

func noPanic() interface{} {
	defer func() {}()
	return recover()
}

func main() {
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
	fmt.Println(catch(func() {}))
	fmt.Println(catch(func() { panic("boom") }))
	fmt.Println(catch(func() { panic(42) }))
	fmt.Println(catch(func() { panic(E{3}) }))
	fmt.Println(catch(func() { panic(errors.New("an error")) }))
	fmt.Println(catch(func() { var a []int; _ = a[5] }))
	fmt.Println(catch(func() { var p *E; _ = p.c }))
	fmt.Println(catch(func() { s := []int{1}; i := 3; _ = s[1:i] }))
	fmt.Println(catch(func() { ch := make(chan int); close(ch); close(ch) }))
	r := catch(func() { x := 0; _ = 1 / x })
	err, ok := r.(error)
	fmt.Println(ok, err.Error())
	fmt.Println(rethrow())
	fmt.Println(panicInDefer())
	fmt.Println(recoverNotDirect())
	fmt.Println(noPanic())
	fmt.Printf("%T\n", catch(func() { panic(fmt.Sprintf("x%d", 1)) }))
	v := catch(func() {
		defer fmt.Println("deferred runs during panic")
		panic("after")
	})
	fmt.Println(v)
}
