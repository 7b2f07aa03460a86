package main

// Packages path and path/filepath (Clean, Join, Split, Base, Dir, Ext,
// WalkDir with SkipDir, Walk), os.ReadDir and DirEntry, and the io/ioutil
// helpers older programs use. Expected output from Go 1.22.

import (
	"fmt"
	"io/fs"
	"io/ioutil"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"", ".", "a/b/../c", "/../x", "a//b/./c/", "../../a", "/", "a/b/c.tar.gz", "dir/"} {
		d, f := filepath.Split(p)
		fmt.Printf("%q: clean=%q base=%q dir=%q ext=%q split=%q,%q abs=%v\n", p, filepath.Clean(p), filepath.Base(p), filepath.Dir(p), filepath.Ext(p), d, f, filepath.IsAbs(p))
	}
	fmt.Println(path.Join("a", "", "b/", "../c"), filepath.Join(), filepath.Join("", "x"), filepath.SplitList("/bin:/usr/bin"), filepath.IsLocal("a/../../b"))
	dir, _ := os.MkdirTemp("", "walk")
	defer os.RemoveAll(dir)
	os.MkdirAll(filepath.Join(dir, "b", "sub"), 0755)
	os.MkdirAll(filepath.Join(dir, "a"), 0755)
	os.WriteFile(filepath.Join(dir, "a", "x.txt"), []byte("x"), 0644)
	os.WriteFile(filepath.Join(dir, "b", "sub", "y.go"), []byte("yy"), 0644)
	os.WriteFile(filepath.Join(dir, "z.md"), []byte("zzz"), 0644)
	entries, err := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), e.Type(), e)
	}
	fmt.Println(err)
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel := strings.TrimPrefix(p, dir)
		if d.Name() == "sub" {
			fmt.Println("skip", rel)
			return filepath.SkipDir
		}
		fmt.Println("walkdir", rel, d.IsDir())
		return nil
	})
	filepath.Walk(dir, func(p string, info fs.FileInfo, err error) error {
		fmt.Println("walk", strings.TrimPrefix(p, dir), info.Size() > 0, info.IsDir())
		return nil
	})
	infos, _ := ioutil.ReadDir(dir)
	for _, i := range infos {
		fmt.Println(i.Name(), i.IsDir())
	}
	data, _ := ioutil.ReadFile(filepath.Join(dir, "z.md"))
	fmt.Println(string(data))
	_, err = os.ReadDir(filepath.Join(dir, "none"))
	fmt.Println(strings.Replace(err.Error(), dir, "DIR", 1))
}
