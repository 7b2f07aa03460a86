package main

// Files: os.WriteFile/ReadFile, OpenFile with flags, Create, Open, *os.File
// with fmt.Fprintf, bufio.Writer and bufio.Scanner, Seek, Stat, Close twice,
// writes after Close, Go's *fs.PathError around syscall.Errno matching
// fs.ErrNotExist, CreateTemp, MkdirTemp, MkdirAll, Rename, Remove, RemoveAll,
// Setenv/LookupEnv/Unsetenv. Expected output from Go 1.22.

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "csptest-*")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	name := dir + "/a.txt"
	err = os.WriteFile(name, []byte("line one\nline two\n"), 0644)
	fmt.Println(err)
	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)
	f, err := os.OpenFile(name, os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	fmt.Fprintf(f, "line %d\n", 3)
	w := bufio.NewWriter(f)
	w.WriteString("line four\n")
	w.Flush()
	fmt.Println(f.Close(), strings.Replace(f.Close().Error(), dir, "DIR", 1))
	_, err = f.Write([]byte("x"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), errors.Is(err, os.ErrClosed))
	f, _ = os.Open(name)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Println(">", sc.Text())
	}
	fmt.Println(sc.Err())
	f.Seek(5, io.SeekStart)
	rest, _ := io.ReadAll(f)
	fmt.Printf("%q\n", rest)
	buf := make([]byte, 4)
	n, err := f.Read(buf)
	fmt.Println(n, err, err == io.EOF)
	fi, err := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), err)
	f.Close()
	_, err = os.Open(dir + "/missing")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path == dir+"/missing")
	fmt.Printf("%T %T\n", err, pe.Err)
	_, err = os.ReadFile(dir)
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	fmt.Println(os.Mkdir(dir, 0755) != nil, os.IsExist(os.Mkdir(dir, 0755)))
	tf, err := os.CreateTemp(dir, "x*.txt")
	fmt.Println(err, strings.HasPrefix(tf.Name(), dir+"/x"), strings.HasSuffix(tf.Name(), ".txt"))
	tf.WriteString("hello")
	tf.Close()
	st, _ := os.Stat(tf.Name())
	fmt.Println(st.Size(), st.Mode().IsRegular(), st.Mode().Perm())
	fmt.Println(os.Remove(tf.Name()), os.IsNotExist(os.Remove(tf.Name())))
	d, _ := os.Stat(dir)
	fmt.Println(d.IsDir(), d.Mode().String()[0])
	os.Setenv("CSP_X", "1")
	v, ok := os.LookupEnv("CSP_X")
	fmt.Println(v, ok, os.Getenv("CSP_X"))
	os.Unsetenv("CSP_X")
	_, ok = os.LookupEnv("CSP_X")
	fmt.Println(ok)
	fmt.Println(os.MkdirAll(dir+"/p/q/r", 0755), os.Rename(dir+"/p", dir+"/pp"))
	_, err = os.Stat(dir + "/pp/q/r")
	fmt.Println(err)
	_, err = os.Stat(dir + "/p/q/r")
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
	_, err = os.CreateTemp(dir, "a/b")
	fmt.Println(err)
	fmt.Fprintln(os.Stderr, "to stderr")
	fmt.Fprintln(os.Stdout, "to stdout")
	os.Stdout.WriteString("ws\n")
}
