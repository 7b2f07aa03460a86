package main

// Rows of SPEC §8 not covered elsewhere: sync.Pool, sync.Cond, sync.Once,
// time.AfterFunc and time.Tick, runtime.NumCPU and Gosched, the %p form,
// bufio.Scanner.Buffer after Scan (a panic), strconv and utf8 helpers.
// Expected output from Go 1.22.

import (
	"bufio"
	"fmt"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"
)

func main() {
	pool := sync.Pool{New: func() any { return new(strings.Builder) }}
	b := pool.Get().(*strings.Builder)
	b.WriteString("pooled")
	fmt.Println(b.String())
	b.Reset()
	pool.Put(b)

	var mu sync.Mutex
	cond := sync.NewCond(&mu)
	ready := 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			for ready == 0 {
				cond.Wait()
			}
			ready++
			mu.Unlock()
		}()
	}
	time.Sleep(10 * time.Millisecond)
	mu.Lock()
	ready = 1
	cond.Broadcast()
	mu.Unlock()
	wg.Wait()
	fmt.Println("woken:", ready-1)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}

	fired := make(chan string, 1)
	t := time.AfterFunc(5*time.Millisecond, func() { fired <- "after func" })
	fmt.Println(<-fired, t.Stop())
	tick := time.Tick(time.Millisecond)
	<-tick
	<-tick
	fmt.Println("ticked twice")

	fmt.Println(runtime.NumCPU() > 0, runtime.NumGoroutine() >= 1)
	runtime.Gosched()
	x := 1
	p := fmt.Sprintf("%p", &x)
	fmt.Println(p[:2], len(p) > 2)

	sc := bufio.NewScanner(strings.NewReader("a\nb\n"))
	sc.Scan()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		sc.Buffer(make([]byte, 10), 10)
	}()

	fmt.Println(strconv.Quote("tab\there"), strconv.FormatInt(-255, 16), strconv.Itoa(42))
	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	_, err = strconv.Atoi("x1")
	fmt.Println(err)
	fmt.Println(utf8.RuneCountInString("héllo"), utf8.RuneLen('世'), utf8.ValidString("a\xff"), string(utf8.RuneError))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
}
