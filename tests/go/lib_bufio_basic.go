package main

import (
	"bufio"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	sc := bufio.NewScanner(strings.NewReader("first line\nsecond\r\n\nlast no newline"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	fmt.Println(sc.Err())
	ws := bufio.NewScanner(strings.NewReader("  alpha beta\n\tgamma  δέλτα "))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		fmt.Printf("[%s]", ws.Text())
	}
	fmt.Println()
	rs := bufio.NewScanner(strings.NewReader("héy"))
	rs.Split(bufio.ScanRunes)
	for rs.Scan() {
		fmt.Printf("<%s>", rs.Text())
	}
	fmt.Println()
	r := bufio.NewReader(strings.NewReader("one\ntwo\nthree"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", 42)
	w.WriteString("more\n")
	w.Flush()
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.Println("log line", 1)
	log.Printf("formatted %s", "x")
	log.SetPrefix("pfx: ")
	log.Print("with prefix")
}
