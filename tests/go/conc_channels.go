package main

import "fmt"

func producer(n int, out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func squarer(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * v
	}
	close(out)
}

func main() {
	ch := make(chan int)
	go func() { ch <- 42 }()
	fmt.Println(<-ch)
	b := make(chan string, 3)
	b <- "a"
	b <- "b"
	fmt.Println(len(b), cap(b))
	fmt.Println(<-b, <-b, len(b))
	nums := make(chan int)
	sq := make(chan int)
	go producer(5, nums)
	go squarer(nums, sq)
	for v := range sq {
		fmt.Print(v, " ")
	}
	fmt.Println()
	c := make(chan int, 2)
	c <- 1
	close(c)
	v, ok := <-c
	fmt.Println(v, ok)
	v, ok = <-c
	fmt.Println(v, ok)
	v = <-c
	fmt.Println(v)
	done := make(chan struct{})
	res := make([]int, 3)
	for i := 0; i < 3; i++ {
		go func(i int) {
			res[i] = i * 10
			done <- struct{}{}
		}(i)
	}
	for i := 0; i < 3; i++ {
		<-done
	}
	fmt.Println(res)
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	x := 0
	for i := 0; i < 100; i++ {
		ping <- x
		x = <-pong
	}
	close(ping)
	_, ok = <-pong
	fmt.Println(x, ok)
	cc := make(chan chan int, 1)
	inner := make(chan int, 1)
	cc <- inner
	inner <- 7
	fmt.Println(<-<-cc)
	var ro <-chan int = c
	_, ok = <-ro
	fmt.Println(ok)
	fc := make(chan func() int, 1)
	fc <- func() int { return 99 }
	fmt.Println((<-fc)())
	sem := make(chan int, 1)
	sem <- 1
	fmt.Println(len(sem), cap(sem), cap(make(chan int)))
}
