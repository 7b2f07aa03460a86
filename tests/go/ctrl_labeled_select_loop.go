package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan struct{})
	go func() {
		for i := 1; i <= 10; i++ {
			data <- i
		}
		close(quit)
	}()
	sum := 0
recv:
	for {
		select {
		case v := <-data:
			if v%2 == 0 {
				continue recv
			}
			sum += v
		case <-quit:
			break recv
		}
	}
	fmt.Println(sum)
	found := [2]int{-1, -1}
	grid := [][]int{{1, 2, 3}, {4, 42, 6}, {7, 8, 42}}
search:
	for i, row := range grid {
		for j, v := range row {
			if v == 42 {
				found = [2]int{i, j}
				break search
			}
		}
	}
	fmt.Println(found)
	n := 0
outer:
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			continue outer
		case 2:
			break outer
		}
		n += 10
	}
	fmt.Println(n)
}
