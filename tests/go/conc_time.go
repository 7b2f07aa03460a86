package main

import (
	"fmt"
	"time"
)

func main() {
	timer := time.NewTimer(time.Hour)
	fmt.Println(timer.Stop())
	t2 := time.NewTimer(time.Millisecond)
	<-t2.C
	fmt.Println("timer fired")
	ticker := time.NewTicker(2 * time.Millisecond)
	n := 0
	for range ticker.C {
		n++
		if n == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", n)
	start := time.Now()
	time.Sleep(20 * time.Millisecond)
	el := time.Since(start)
	fmt.Println(el >= 20*time.Millisecond, el < 5*time.Second)
	d := 1500 * time.Millisecond
	fmt.Println(d, d.Seconds(), d.Milliseconds(), time.Duration(90)*time.Second, 2*time.Hour+3*time.Minute)
	fmt.Println(time.Duration(0), time.Duration(1), 1500*time.Microsecond)
	select {
	case <-time.After(10 * time.Millisecond):
		fmt.Println("after")
	}
	r := time.NewTimer(time.Hour)
	r.Reset(time.Millisecond)
	<-r.C
	fmt.Println("reset fired")
}
