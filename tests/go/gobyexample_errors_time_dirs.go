package main

// Programs in the manner of gobyexample (errors, custom errors, time and its
// formatting, directories, file paths), joined. Expected output from Go 1.22.

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

type argError struct {
	arg     int
	message string
}

func (e *argError) Error() string { return fmt.Sprintf("%d - %s", e.arg, e.message) }

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

func check(e error) {
	if e != nil {
		panic(e)
	}
}

func main() {
	_, err := f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg, ae.message)
	}
	for i := range 5 {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.")
			} else {
				fmt.Printf("unknown error: %s\n", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}
	p := fmt.Println
	then := time.Date(2009, 11, 17, 20, 34, 58, 651387237, time.UTC)
	p(then.Format(time.RFC3339))
	t1, e := time.Parse(time.RFC3339, "2012-11-01T22:08:41+00:00")
	p(t1)
	p(then.Format("3:04PM"), then.Format("Mon Jan _2 15:04:05 2006"), then.Format("2006-01-02T15:04:05.999999-07:00"))
	form := "3 04 PM"
	t2, e := time.Parse(form, "8 41 PM")
	p(t2)
	fmt.Printf("%d-%02d-%02dT%02d:%02d:%02d-00:00\n", then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second())
	ansic := "Mon Jan _2 15:04:05 2006"
	_, e = time.Parse(ansic, "8:41PM")
	p(e)
	p(then.Year(), then.Month(), then.Day(), then.Hour(), then.Minute(), then.Second(), then.Nanosecond(), then.Location(), then.Weekday())
	now := time.Date(2023, 1, 1, 0, 0, 0, 0, time.UTC)
	diff := now.Sub(then)
	p(diff, diff.Hours(), diff.Minutes(), diff.Seconds(), diff.Nanoseconds(), then.Add(diff), then.Add(-diff))
	p(then.Before(now), then.After(now), then.Equal(now))
	p(then.Unix(), then.UnixMilli(), then.UnixNano(), time.Unix(then.Unix(), 0).UTC(), time.Unix(0, then.UnixNano()).UTC())
	dir, err := os.MkdirTemp("", "subdir")
	check(err)
	defer os.RemoveAll(dir)
	createEmptyFile := func(name string) {
		d := []byte("")
		check(os.WriteFile(name, d, 0644))
	}
	createEmptyFile(filepath.Join(dir, "file1"))
	check(os.MkdirAll(filepath.Join(dir, "dir/child"), 0755))
	createEmptyFile(filepath.Join(dir, "dir/file2"))
	createEmptyFile(filepath.Join(dir, "dir/child/file4"))
	c, err := os.ReadDir(filepath.Join(dir, "dir"))
	check(err)
	for _, entry := range c {
		fmt.Println(" ", entry.Name(), entry.IsDir())
	}
	filepath.WalkDir(dir, func(path string, d os.DirEntry, err error) error {
		fmt.Println(" ", strings.TrimPrefix(path, dir), d.IsDir())
		return nil
	})
	filename := "config.json"
	ext := filepath.Ext(filename)
	fmt.Println(ext, strings.TrimSuffix(filename, ext))
	rel, err := filepath.Rel("a/b", "a/b/t/file")
	fmt.Println(rel, err)
}
