package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

func (a *Account) Deposit(n int) {
	a.mu.Lock()
	a.balance += n
	a.mu.Unlock()
}

func (a *Account) Withdraw(n int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < n {
		return false
	}
	a.balance -= n
	return true
}

func transfer(from, to *Account, n int) bool {
	if from.Withdraw(n) {
		to.Deposit(n)
		return true
	}
	return false
}

func main() {
	a, b := &Account{balance: 1000}, &Account{balance: 1000}
	var wg sync.WaitGroup
	var okMu sync.Mutex
	ok := 0
	for i := 0; i < 100; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			if transfer(a, b, 7) {
				okMu.Lock()
				ok++
				okMu.Unlock()
			}
		}()
		go func() {
			defer wg.Done()
			if transfer(b, a, 3) {
				okMu.Lock()
				ok++
				okMu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println(a.balance+b.balance, ok, a.balance, b.balance)
}
