package main

import "fmt"

func catch(f func()) (s string) {
	defer func() {
		r := recover()
		s = fmt.Sprint(r)
	}()
	f()
	return ""
}

func main() {
	s := catch(func() { x := 0; _ = 1 / x })
	fmt.Println(len(s), s)
	s = catch(func() { var a []int; i := 1; _ = a[i] })
	fmt.Println(len(s), s)
	t := catch(func() { panic("plain") })
	fmt.Println(len(t), t)
	e := fmt.Sprintf("%v|%s", recoverErr(), recoverErr())
	fmt.Println(e)
}

func recoverErr() (r interface{}) {
	defer func() { r = recover() }()
	var p *struct{ x int }
	_ = p.x
	return nil
}
