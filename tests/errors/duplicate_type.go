package main

type T int
type T string // ERROR "T redeclared in this block"

func main() {}
