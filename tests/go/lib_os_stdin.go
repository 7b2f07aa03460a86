package main

// os.Stdin.Read in small pieces, then the rest through io.ReadAll; EOF
// after that. Expected output from Go 1.22.

import (
	"fmt"
	"io"
	"os"
)

func main() {
	buf := make([]byte, 4)
	n, err := os.Stdin.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = os.Stdin.Read(buf[:0])
	fmt.Println(n, err)
	rest, err := io.ReadAll(os.Stdin)
	fmt.Printf("%q %v\n", rest, err)
	n, err = os.Stdin.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	fmt.Println(os.Stdin.Name(), os.Stdout.Name(), os.Stderr.Name())
}
