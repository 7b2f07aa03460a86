// context: WithValue lookups through chains of value, cancel and timeout
// contexts; shadowing; typed keys; String of derived contexts; a request
// pipeline that carries a value and stops on cancel.
package main

import (
	"context"
	"fmt"
	"time"
)

type ctxKey string
type otherKey string
type intKey int

type user struct {
	name string
	id   int
}

func (u user) String() string { return fmt.Sprintf("user(%s#%d)", u.name, u.id) }

func handle(ctx context.Context, reqs <-chan int, out chan<- string) {
	who := ctx.Value(ctxKey("user"))
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprint("handler for ", who, ": ", ctx.Err())
			return
		case r := <-reqs:
			out <- fmt.Sprintf("%v request %d trace=%v", who, r, ctx.Value(intKey(7)))
		}
	}
}

func main() {
	bg := context.Background()
	c1 := context.WithValue(bg, ctxKey("user"), user{"ann", 1})
	c2 := context.WithValue(c1, intKey(7), "trace-7")
	c3, cancel3 := context.WithCancel(c2)
	c4 := context.WithValue(c3, ctxKey("user"), user{"bob", 2}) // shadows
	c5, cancel5 := context.WithTimeout(c4, time.Hour)
	defer cancel5()

	fmt.Println(c1.Value(ctxKey("user")))
	fmt.Println(c2.Value(ctxKey("user")), c2.Value(intKey(7)))
	fmt.Println(c3.Value(ctxKey("user")), c3.Value(intKey(7)))
	fmt.Println(c4.Value(ctxKey("user")), c5.Value(ctxKey("user")), c5.Value(intKey(7)))
	fmt.Println("missing:", c5.Value(ctxKey("none")), c5.Value(intKey(8)))
	// Keys of different types never collide, even with equal underlying values.
	fmt.Println("other type:", c5.Value(otherKey("user")), c5.Value("user"), c5.Value(7))
	u, ok := c5.Value(ctxKey("user")).(user)
	fmt.Println("typed:", u.name, u.id, ok)
	_, ok = c5.Value(ctxKey("none")).(user)
	fmt.Println("typed missing:", ok)

	fmt.Println(c1)
	fmt.Println(c2)
	fmt.Println(c3)
	fmt.Println(context.WithValue(context.TODO(), ctxKey("s"), "text"))

	// Values survive cancellation.
	cancel3()
	fmt.Println("after cancel:", c5.Err(), c5.Value(intKey(7)), c4.Err())

	// Pointer keys compare by identity.
	k1, k2 := new(int), new(int)
	p := context.WithValue(context.WithValue(bg, k1, "one"), k2, "two")
	fmt.Println(p.Value(k1), p.Value(k2), p.Value(new(int)))

	// A handler process reads values from its context and stops on cancel.
	ctx, stop := context.WithCancel(context.WithValue(context.WithValue(bg, intKey(7), "t9"), ctxKey("user"), user{"cy", 3}))
	reqs := make(chan int)
	out := make(chan string)
	go handle(ctx, reqs, out)
	for i := 1; i <= 3; i++ {
		reqs <- i
		fmt.Println(<-out)
	}
	stop()
	fmt.Println(<-out)
}
