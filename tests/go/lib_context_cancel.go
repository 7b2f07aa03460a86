// context: WithCancel, propagation from parents to children, Err before and
// after cancel, cancelling twice, String of the empty contexts.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
)

func state(name string, ctx context.Context) {
	select {
	case <-ctx.Done():
		fmt.Printf("%s: done, err=%v\n", name, ctx.Err())
	default:
		fmt.Printf("%s: live, err=%v\n", name, ctx.Err())
	}
}

type result struct {
	sum int
	err error
}

func worker(ctx context.Context, in <-chan int, out chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	sum := 0
	for {
		select {
		case <-ctx.Done():
			out <- result{sum, ctx.Err()}
			return
		case v := <-in:
			sum += v
		}
	}
}

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO())
	fmt.Println(bg.Done() == nil, bg.Err(), bg.Value("k"))
	fmt.Println(context.Canceled)
	fmt.Println(context.DeadlineExceeded)

	root, cancelRoot := context.WithCancel(bg)
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	a1, cancelA1 := context.WithCancel(a)
	defer cancelA1()
	defer cancelB()
	fmt.Println(root)
	fmt.Println(a1)

	state("root", root)
	state("a", a)
	state("b", b)
	state("a1", a1)

	fmt.Println("-- cancel a")
	cancelA()
	state("root", root)
	state("a", a)
	state("b", b)
	state("a1", a1)

	fmt.Println("-- cancel a again")
	cancelA()
	state("a", a)

	fmt.Println("-- child of a cancelled parent")
	late, cancelLate := context.WithCancel(a)
	state("late", late)
	cancelLate()
	state("late", late)

	fmt.Println("-- cancel root")
	cancelRoot()
	state("root", root)
	state("b", b)
	cancelRoot()
	fmt.Println(errors.Is(b.Err(), context.Canceled), b.Err() == context.Canceled)

	fmt.Println("-- workers")
	ctx, stop := context.WithCancel(context.Background())
	in := make(chan int)
	out := make(chan result, 3)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go worker(ctx, in, out, &wg)
	}
	for v := 1; v <= 30; v++ {
		in <- v
	}
	stop()
	wg.Wait()
	close(out)
	total := 0
	for r := range out {
		total += r.sum
		fmt.Println("worker stopped:", r.err)
	}
	fmt.Println("total:", total)

	fmt.Println("-- goroutine waits on Done")
	ctx2, stop2 := context.WithCancel(context.Background())
	res := make(chan error)
	go func() {
		<-ctx2.Done()
		res <- ctx2.Err()
	}()
	stop2()
	fmt.Println("waiter got:", <-res)
}
