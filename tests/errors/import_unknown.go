package main

import "net/http" // ERROR "http|net/http"

func main() {}
