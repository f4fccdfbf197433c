package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
)

func main() {
	fmt.Println(len(os.Args))
	v, ok := os.LookupEnv("NOPE_NOT_SET")
	fmt.Printf("%q %v\n", v, ok)
	fmt.Println(os.Setenv("GORO_X", "1"), os.Getenv("GORO_X"), os.Setenv("", "x"), os.Setenv("a=b", "x"))
	os.Unsetenv("GORO_X")
	_, ok = os.LookupEnv("GORO_X")
	fmt.Println(ok)
	_, err := os.ReadFile("/nonexistent/file.txt")
	fmt.Println(err, os.IsNotExist(err), errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrExist))
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, pe.Path)
	fmt.Printf("%T %T\n", err, pe.Err)
	dir := os.TempDir() + "/goro_os_test"
	os.Remove(dir + "/a.txt")
	os.Remove(dir)
	fmt.Println(os.Mkdir(dir, 0755), os.Mkdir(dir, 0755))
	fmt.Println(os.WriteFile(dir+"/a.txt", []byte("hello\nworld\n"), 0644))
	b, err := os.ReadFile(dir + "/a.txt")
	fmt.Printf("%q %v\n", b, err)
	f, err := os.OpenFile(dir+"/a.txt", os.O_APPEND|os.O_WRONLY, 0)
	fmt.Println(err)
	n, err := f.WriteString("more\n")
	fmt.Println(n, err, f.Close(), f.Close())
	_, err = f.Write([]byte("x"))
	fmt.Println(err)
	f, _ = os.Open(dir + "/a.txt")
	buf := make([]byte, 5)
	for {
		n, err := f.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err != nil {
			break
		}
	}
	f.Close()
	fmt.Println(os.Remove(dir), os.Remove(dir+"/a.txt"), os.Remove(dir), os.Remove(dir))
	fmt.Println(os.MkdirAll(dir+"/x/y", 0755), os.MkdirAll(dir+"/x/y", 0755))
	os.Remove(dir + "/x/y")
	os.Remove(dir + "/x")
	os.Remove(dir)
	fmt.Println(os.FileMode(0644), os.ModeDir|0755, fs.FileMode(0).IsRegular())
	fmt.Fprintln(os.Stdout, "to stdout")
	os.Stdout.WriteString("direct\n")
	fmt.Println(os.ExpandEnv("x${NOPE_NOT_SET}y $"), os.Expand("$a-${b}", func(s string) string { return "<" + s + ">" }))
	defer fmt.Println("deferred: must not print")
	os.Exit(3)
}
