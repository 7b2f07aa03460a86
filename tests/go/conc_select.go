package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	select {
	case v := <-ch:
		fmt.Println("got", v)
	default:
		fmt.Println("default: nothing ready")
	}
	b := make(chan int, 1)
	select {
	case b <- 1:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	select {
	case b <- 2:
		fmt.Println("sent")
	default:
		fmt.Println("full")
	}
	var nilc chan int
	select {
	case v := <-nilc:
		fmt.Println("nil recv?", v)
	case nilc <- 1:
		fmt.Println("nil send?")
	case v := <-b:
		fmt.Println("from b", v)
	}
	closed := make(chan int)
	close(closed)
	select {
	case v, ok := <-closed:
		fmt.Println("closed", v, ok)
	}
	res := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		res <- "done"
	}()
	select {
	case r := <-res:
		fmt.Println(r)
	case <-time.After(5 * time.Second):
		fmt.Println("timeout")
	}
	never := make(chan int)
	select {
	case <-never:
		fmt.Println("impossible")
	case <-time.After(20 * time.Millisecond):
		fmt.Println("timed out")
	}
	a, c := make(chan int), make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 13; i++ {
			c <- i
		}
		close(c)
	}()
	sum, n := 0, 0
	for a != nil || c != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sum += v
			n++
		case v, ok := <-c:
			if !ok {
				c = nil
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println(sum, n)
	counts := map[string]int{}
	x, y := make(chan int, 100), make(chan int, 100)
	for i := 0; i < 100; i++ {
		x <- i
		y <- i
	}
	for i := 0; i < 100; i++ {
		select {
		case <-x:
			counts["x"]++
		case <-y:
			counts["y"]++
		}
	}
	fmt.Println(counts["x"]+counts["y"], counts["x"] > 10, counts["y"] > 10)
	quit := make(chan bool)
	ticks := 0
	go func() {
		time.Sleep(30 * time.Millisecond)
		close(quit)
	}()
	for {
		select {
		case <-quit:
			fmt.Println("quit", ticks > 0)
			return
		default:
			ticks++
			time.Sleep(time.Millisecond)
		}
	}
}
