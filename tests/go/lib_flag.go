package main

// Package flag: every kind of flag, -x=v and -x v, booleans, Func, --,
// Visit, Lookup, FlagSets with ContinueOnError (Go's messages and usage),
// -h, Set, and the command line's ExitOnError (status 2). Expected output
// from Go 1.22.

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	name := flag.String("name", "world", "who to greet")
	n := flag.Int("n", 1, "how many `times`")
	loud := flag.Bool("loud", false, "shout")
	wait := flag.Duration("wait", 2*time.Second, "pause between")
	var ratio float64
	flag.Float64Var(&ratio, "ratio", 0.5, "a ratio")
	var tags []string
	flag.Func("tag", "add a tag", func(s string) error { tags = append(tags, s); return nil })
	flag.CommandLine.Parse([]string{"-name=gopher", "-n", "3", "-loud", "-wait", "150ms", "-tag", "a", "-tag=b", "rest", "more"})
	fmt.Println(*name, *n, *loud, *wait, ratio, tags, flag.NArg(), flag.Args(), flag.NFlag(), flag.Parsed())
	fmt.Println(flag.Arg(0), flag.Lookup("n").DefValue, flag.Lookup("n").Value)
	flag.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, " ") })
	fmt.Println()
	fs := flag.NewFlagSet("sub", flag.ContinueOnError)
	var out strings.Builder
	fs.SetOutput(&out)
	v := fs.Int("v", 0, "verbosity")
	err := fs.Parse([]string{"-v=3", "--", "-x"})
	fmt.Println(*v, err, fs.Args())
	err = fs.Parse([]string{"-nope"})
	fmt.Printf("%v\n%q\n", err, out.String())
	out.Reset()
	err = fs.Parse([]string{"-v", "abc"})
	fmt.Printf("%v\n%q\n", err, out.String())
	out.Reset()
	fs.Bool("b", true, "a bool\nover two lines")
	fs.String("s", "", "empty default")
	fs.String("t", "x y", "a `path` here")
	fs.PrintDefaults()
	fmt.Printf("%q\n", out.String())
	out.Reset()
	err = fs.Parse([]string{"-h"})
	fmt.Println(err, err == flag.ErrHelp, strings.HasPrefix(out.String(), "Usage of sub:"))
	err = fs.Parse([]string{"-v"})
	fmt.Println(err)
	fmt.Println(fs.Set("v", "9"), *v, fs.Set("zz", "1"))
	flag.CommandLine.Parse([]string{"-n", "oops"})
	fmt.Println("not reached")
	os.Exit(0)
}
