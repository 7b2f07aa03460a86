// panic(recover()) re-raises the same value: Go 1.19-1.24 print it twice (1.25 says [recovered, repanicked]).
package main

func main() {
	defer func() { r := recover(); panic(r) }()
	panic("first")
}
