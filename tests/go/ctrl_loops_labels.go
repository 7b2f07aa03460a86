package main

import "fmt"

func main() {
	i := 0
	for {
		i++
		if i > 3 {
			break
		}
	}
	fmt.Println(i)
	for i < 10 {
		i *= 2
	}
	fmt.Println(i)
	for j := 0; j < 3; j++ {
		fmt.Print(j)
	}
	fmt.Println()
	k := 0
	for ; k < 3; {
		k++
	}
	fmt.Println(k)
	for a, b := 0, 10; a < b; a, b = a+1, b-2 {
		fmt.Print(a, ",", b, " ")
	}
	fmt.Println()
outer:
	for x := 0; x < 3; x++ {
		for y := 0; y < 3; y++ {
			if y == 2 {
				continue outer
			}
			if x == 2 {
				break outer
			}
			fmt.Print(x, y, " ")
		}
	}
	fmt.Println()
	count := 0
rows:
	for r := 0; r < 5; r++ {
		cols:
		for c := 0; c < 5; c++ {
			switch {
			case c > r:
				continue rows
			case c == 3:
				break cols
			case r == 4:
				break rows
			}
			count++
		}
	}
	fmt.Println(count)
	ch := make(chan int)
	go func() {
		for i := 0; i < 5; i++ {
			ch <- i
		}
		close(ch)
	}()
	got := 0
loop:
	for {
		select {
		case v, ok := <-ch:
			if !ok {
				break loop
			}
			got += v
		}
	}
	fmt.Println(got)
	sum := 0
	for n := 0; n < 100; n++ {
		if n%2 == 0 {
			continue
		}
		if n > 10 {
			break
		}
		sum += n
	}
	fmt.Println(sum)
	arr := [3]string{"a", "b", "c"}
	for i := range arr {
		fmt.Print(i)
	}
	for _, v := range arr {
		fmt.Print(v)
	}
	for i, v := range &arr {
		arr[2] = "z"
		fmt.Print(i, v)
	}
	fmt.Println()
	arr2 := [3]int{1, 2, 3}
	for i, v := range arr2 {
		arr2[2] = 100
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 0 {
			sl = append(sl, 4)
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(sl))
	var idx, val int
	for idx, val = range []int{5, 6, 7} {
	}
	fmt.Println(idx, val)
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	tot := 0
	for k, v := range m {
		tot += v * len(k)
	}
	fmt.Println(tot)
	bc := make(chan string, 3)
	bc <- "p"
	bc <- "q"
	close(bc)
	for s := range bc {
		fmt.Print(s)
	}
	fmt.Println()
	var nilp *[4]int
	for i := range nilp {
		fmt.Print(i)
	}
	fmt.Println(len(nilp))
}
