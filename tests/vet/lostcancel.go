// lostcancel and unusedresult: a cancel function discarded or not called on
// every path, and results of pure functions thrown away. Each `// want`
// line was checked with go vet (Go 1.19); lostcancel.out is its output.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"time"
)

func discard() context.Context {
	ctx, _ := context.WithCancel(context.Background()) // want "the cancel function returned by context.WithCancel should be called, not discarded, to avoid a context leak"
	return ctx
}

func notOnAllPaths(fail bool) error {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second) // want "the cancel function is not used on all paths \(possible context leak\)"
	if fail {
		return errors.New("early") // want "this return statement may be reached without using the cancel var defined on line 20"
	}
	defer cancel()
	<-ctx.Done()
	return ctx.Err()
}

func deferred() error {
	ctx, cancel := context.WithDeadline(context.Background(), time.Now().Add(time.Millisecond))
	defer cancel()
	<-ctx.Done()
	return ctx.Err()
}

func inLoop(n int) int {
	for i := 0; i < n; i++ {
		var ctx, cancel = context.WithCancel(context.Background()) // want "the cancel function is not used on all paths \(possible context leak\)"
		if i == 2 {
			return i // want "this return statement may be reached without using the cancel var defined on line 38"
		}
		cancel()
		_ = ctx
	}
	return n
}

func viaClosure() {
	go func() {
		ctx, _ := context.WithTimeout(context.Background(), time.Second) // want "the cancel function returned by context.WithTimeout should be called, not discarded, to avoid a context leak"
		<-ctx.Done()
	}()
}

type Temp float64

func (t Temp) String() string { return fmt.Sprint(float64(t)) }

func main() {
	fmt.Println(discard() != nil, notOnAllPaths(true), deferred(), inLoop(3))
	viaClosure()
	ctx, cancel := context.WithCancel(context.Background()) // main is exempt: the process ends
	_ = ctx
	fmt.Sprintf("%d", 1)                 // want "result of fmt.Sprintf call not used"
	errors.New("lost")                   // want "result of errors.New call not used"
	fmt.Errorf("lost %d", 2)             // want "result of fmt.Errorf call not used"
	fmt.Sprint("x")                      // want "result of fmt.Sprint call not used"
	sort.Reverse(sort.IntSlice{1})       // want "result of sort.Reverse call not used"
	context.WithValue(ctx, "k", "v")     // want "result of context.WithValue call not used"
	errors.New("e").Error()              // want "result of \(error\).Error call not used"
	Temp(3).String()                     // want "result of \(main.Temp\).String call not used"
	cancel()
}
