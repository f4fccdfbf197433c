package main

import (
	"fmt"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	for _, p := range []string{"", ".", "..", "/", "a/b/../c", "/../a", "a//b/./c/", "../../x", "abc/..", "/a/b/c.tar.gz", "dir/", "x/.hidden"} {
		d, f := path.Split(p)
		fmt.Printf("%q clean=%q base=%q dir=%q ext=%q abs=%v split=%q,%q\n", p, path.Clean(p), path.Base(p), path.Dir(p), path.Ext(p), path.IsAbs(p), d, f)
	}
	fmt.Println(path.Join("a", "", "b/", "../c"), path.Join(), path.Join("", ""), path.Join("/", "x"))
	for _, pm := range [][2]string{{"*.go", "main.go"}, {"a/*/c", "a/b/c"}, {"a/*", "a/b/c"}, {"[a-c]x", "bx"}, {"[^a-c]x", "bx"}, {"\\*", "*"}, {"a?c", "abc"}, {"[", "a"}, {"a[", "a"}, {"*x", "xxx"}} {
		m, err := path.Match(pm[0], pm[1])
		fmt.Println(pm, m, err)
	}
	fmt.Println(filepath.Join("usr", "local", "bin"), filepath.Base("/a/b.txt"), filepath.Ext("x.tar.gz"), filepath.Dir("/a/b/c"))
	for _, r := range [][2]string{{"/a/b", "/a/b/c/d"}, {"/a/b/c", "/a/x"}, {"a", "b"}, {"/a", "b"}, {".", "a/b"}, {"a/b", "."}, {"../a", "b"}, {"/", "/"}} {
		rel, err := filepath.Rel(r[0], r[1])
		fmt.Printf("%q %v\n", rel, err)
	}
	fmt.Printf("%q %q\n", filepath.SplitList("/bin:/usr/bin::/x"), filepath.SplitList(""))
	fmt.Println(filepath.IsLocal("a/b"), filepath.IsLocal("../a"), filepath.IsLocal("/a"), filepath.IsLocal("a/../../b"), filepath.IsLocal(""))
	abs, err := filepath.Abs("sub/file.txt")
	fmt.Println(strings.HasSuffix(abs, "/sub/file.txt"), filepath.IsAbs(abs), err)
	m, _ := filepath.Match("*.txt", "notes.txt")
	fmt.Println(m, filepath.ToSlash("a/b"), string(filepath.Separator), filepath.VolumeName("/x"))
}
