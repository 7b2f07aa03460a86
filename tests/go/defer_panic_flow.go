package main

import "fmt"

var log []string

func step(name string) { log = append(log, name) }

func level3() {
	defer step("l3 defer")
	panic("deep")
}

func level2() {
	defer step("l2 defer")
	level3()
	step("l2 after (unreached)")
}

func level1() (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = fmt.Sprint("l1 recovered ", r)
		}
	}()
	level2()
	return "normal"
}

func loopRecover() (n int) {
	for i := 0; i < 5; i++ {
		func() {
			defer func() {
				if recover() != nil {
					n++
				}
			}()
			if i%2 == 0 {
				panic(i)
			}
		}()
	}
	return
}

func deferModifiesAfterPanic() (x int) {
	defer func() {
		recover()
		x = -1
	}()
	x = 10
	panic("p")
}

func main() {
	fmt.Println(level1())
	fmt.Println(log)
	fmt.Println(loopRecover())
	fmt.Println(deferModifiesAfterPanic())
	defer func() {
		fmt.Println("final recover:", recover())
	}()
	var arr []int
	idx := 2
	fmt.Println(arr[idx])
}
