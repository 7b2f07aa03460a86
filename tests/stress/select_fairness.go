// select_fairness: with two cases always ready, select picks each about half
// the time (50% +- 2% over 100,000 selects); a default case is never taken
// while a case is ready.
package main

import "fmt"

func main() {
	const n = 100000
	a := make(chan int, 1)
	b := make(chan int, 1)
	a <- 1
	b <- 2
	na, nb := 0, 0
	for i := 0; i < n; i++ {
		select {
		case v := <-a:
			na++
			a <- v
		case v := <-b:
			nb++
			b <- v
		}
	}
	report("buffered", na, nb, n)

	// closed channels are always ready
	c := make(chan int)
	d := make(chan int)
	close(c)
	close(d)
	nc, nd := 0, 0
	for i := 0; i < n; i++ {
		select {
		case <-c:
			nc++
		case <-d:
			nd++
		}
	}
	report("closed", nc, nd, n)

	// a send case and a receive case, both ready
	s := make(chan int, 1)
	r := make(chan int, 1)
	r <- 7
	ns, nr := 0, 0
	for i := 0; i < n; i++ {
		select {
		case s <- i:
			ns++
			<-s
		case v := <-r:
			nr++
			r <- v
		}
	}
	report("send/recv", ns, nr, n)

	// with a default: never taken while a case is ready
	na, nb = 0, 0
	ndef := 0
	for i := 0; i < n; i++ {
		select {
		case v := <-a:
			na++
			a <- v
		case v := <-b:
			nb++
			b <- v
		default:
			ndef++
		}
	}
	if ndef != 0 {
		fmt.Println("default taken", ndef, "times while a case was ready")
	}
	report("with default", na, nb, n)

	// default is taken when nothing is ready
	e := make(chan int)
	taken := 0
	for i := 0; i < 1000; i++ {
		select {
		case <-e:
		default:
			taken++
		}
	}
	fmt.Println("default when not ready:", taken)
}

func report(name string, x, y, n int) {
	lo, hi := n*48/100, n*52/100
	if x+y == n && x >= lo && x <= hi && y >= lo && y <= hi {
		fmt.Println(name, "fair")
	} else {
		fmt.Println(name, "unfair:", x, y)
	}
}
