package main

// Programs in the manner of gobyexample (writing files, reading files with
// Seek, ReadAtLeast and Peek, environment variables, a line filter on
// standard input, os.Exit skipping defers), joined. Expected output from
// Go 1.22.

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	dir, _ := os.MkdirTemp("", "rf")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "dat")
	d1 := []byte("hello\ngo\n")
	check(os.WriteFile(path, d1, 0644))
	f, err := os.Create(filepath.Join(dir, "dat2"))
	check(err)
	d2 := []byte{115, 111, 109, 101, 10}
	n2, err := f.Write(d2)
	check(err)
	fmt.Printf("wrote %d bytes\n", n2)
	n3, err := f.WriteString("writes\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n3)
	f.Sync()
	w := bufio.NewWriter(f)
	n4, err := w.WriteString("buffered\n")
	check(err)
	fmt.Printf("wrote %d bytes\n", n4)
	w.Flush()
	f.Close()
	dat, err := os.ReadFile(path)
	check(err)
	fmt.Print(string(dat))
	f, err = os.Open(path)
	check(err)
	b1 := make([]byte, 5)
	n1, err := f.Read(b1)
	check(err)
	fmt.Printf("%d bytes: %s\n", n1, string(b1[:n1]))
	o2, err := f.Seek(6, io.SeekStart)
	check(err)
	b2 := make([]byte, 2)
	n2, err = f.Read(b2)
	check(err)
	fmt.Printf("%d bytes @ %d: ", n2, o2)
	fmt.Printf("%v\n", string(b2[:n2]))
	_, err = f.Seek(2, io.SeekCurrent)
	check(err)
	_, err = f.Seek(-4, io.SeekEnd)
	check(err)
	o3, err := f.Seek(6, io.SeekStart)
	check(err)
	b3 := make([]byte, 2)
	n3, err = io.ReadAtLeast(f, b3, 2)
	check(err)
	fmt.Printf("%d bytes @ %d: %s\n", n3, o3, string(b3))
	_, err = f.Seek(0, io.SeekStart)
	check(err)
	r4 := bufio.NewReader(f)
	b4, err := r4.Peek(5)
	check(err)
	fmt.Printf("5 bytes: %s\n", string(b4))
	f.Close()
	all, _ := os.ReadFile(filepath.Join(dir, "dat2"))
	fmt.Print(string(all))
	os.Setenv("FOO", "1")
	fmt.Println("FOO:", os.Getenv("FOO"))
	fmt.Println("BAR:", os.Getenv("BAR"))
	found := false
	for _, e := range os.Environ() {
		pair := strings.SplitN(e, "=", 2)
		if pair[0] == "FOO" {
			found = true
		}
	}
	fmt.Println(found)
	sc := bufio.NewScanner(os.Stdin)
	for sc.Scan() {
		fmt.Println(strings.ToUpper(sc.Text()))
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(os.Stderr, "error:", err)
		os.Exit(1)
	}
	defer fmt.Println("!")
	os.Exit(3)
}
