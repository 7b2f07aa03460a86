package main

// Type parameters are named as unsupported (SPEC §3), not a syntax error.

func Map[T any](s []T) []T { return s } // ERROR "generic functions are not supported by csp"

func main() {}
