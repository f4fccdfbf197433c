package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "goro-test-*-x")
	fmt.Println(err, strings.HasPrefix(filepath.Base(dir), "goro-test-"), strings.HasSuffix(dir, "-x"))
	os.MkdirAll(filepath.Join(dir, "a", "b", "c"), 0755)
	os.WriteFile(filepath.Join(dir, "a", "f1.txt"), []byte("one"), 0644)
	os.WriteFile(filepath.Join(dir, "a", "b", "c", "f2.txt"), []byte("two"), 0600)
	f, err := os.CreateTemp(filepath.Join(dir, "a"), "tmp*.dat")
	fmt.Println(err, strings.HasSuffix(f.Name(), ".dat"))
	f.WriteString("temp")
	f.Close()
	fmt.Println(os.Chmod(filepath.Join(dir, "a", "f1.txt"), 0600))
	fmt.Println(os.Symlink("f1.txt", filepath.Join(dir, "a", "link")))
	l, err := os.Readlink(filepath.Join(dir, "a", "link"))
	fmt.Println(l, err)
	fmt.Println(os.Truncate(filepath.Join(dir, "a", "f1.txt"), 1))
	b, _ := os.ReadFile(filepath.Join(dir, "a", "link"))
	fmt.Printf("%q\n", b)
	_, err = os.CreateTemp(dir, "bad/pattern")
	fmt.Println(err)
	fmt.Println(os.Remove(dir) != nil)
	fmt.Println(os.RemoveAll(dir), os.RemoveAll(dir), os.RemoveAll(""), os.RemoveAll("x/."))
	_, err = os.ReadFile(dir)
	fmt.Println(errors.Is(err, fs.ErrNotExist))
	_, err = os.Readlink("/nonexistent-goro")
	fmt.Println(err)
	err = os.Symlink("a", "/nonexistent-goro/b")
	fmt.Println(err)
}
