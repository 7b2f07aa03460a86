package main

import (
	"errors"
	"fmt"
)

type Stringer interface{ String() string }
type T struct{ v int }

func (t T) String() string { return fmt.Sprintf("T<%d>", t.v) }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprintf("err %d", e.code) }

func classify(x interface{}) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprintf("int %d", v+1)
	case int8, int16:
		return fmt.Sprintf("small %v", v)
	case string:
		return "string " + v
	case bool:
		if v {
			return "true"
		}
		return "false"
	case []int:
		return fmt.Sprintf("slice len %d", len(v))
	case map[string]int:
		return fmt.Sprintf("map %d", len(v))
	case error:
		return "error " + v.Error()
	case Stringer:
		return "stringer " + v.String()
	case func() int:
		return fmt.Sprint("func ", v())
	case *int:
		return fmt.Sprint("ptr ", *v)
	case struct{}:
		return "empty struct"
	default:
		return fmt.Sprintf("other %T", v)
	}
}

func main() {
	n := 5
	vals := []interface{}{nil, 1, int8(2), int16(3), "s", true, false, []int{1, 2}, map[string]int{"a": 1},
		errors.New("boom"), &MyErr{7}, T{9}, func() int { return 4 }, &n, struct{}{}, 2.5, uint(1), []string{}}
	for _, v := range vals {
		fmt.Println(classify(v))
	}
	var e error = &MyErr{1}
	switch e.(type) {
	case *MyErr:
		fmt.Println("is *MyErr")
	}
	switch x := interface{}(3.5).(type) {
	case int, float64:
		fmt.Printf("%T %v\n", x, x)
	}
	var s Stringer = T{1}
	switch s.(type) {
	case T:
		fmt.Println("T via Stringer")
	default:
		fmt.Println("no")
	}
	if me, ok := e.(*MyErr); ok {
		fmt.Println(me.code)
	}
	_, ok := e.(Stringer)
	fmt.Println(ok)
}
