package main

import (
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	var sb strings.Builder
	l := log.New(&sb, "app: ", 0)
	l.Println("hello", 42)
	l.Printf("%d items", 3)
	fmt.Print(sb.String())
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("plain")
	log.SetFlags(log.Lmsgprefix)
	log.SetPrefix("[x] ")
	log.Println("after prefix")
	defer fmt.Println("deferred does not run")
	log.Fatalf("fatal: %v", "bye")
}
