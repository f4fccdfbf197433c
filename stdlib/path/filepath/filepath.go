// Package filepath: goro's implementation of Go's path/filepath for Unix, where paths are
// slash-separated: the lexical functions are package path's; Abs, Rel, SplitList, IsLocal and
// the rest follow gc. Walk, WalkDir, Glob and EvalSymlinks (which need os.Stat) are not provided.
package filepath

import (
	"errors"
	"path"
)

const (
	Separator     = '/'
	ListSeparator = ':'
)

var ErrBadPattern = path.ErrBadPattern

var SkipDir error = errors.New("skip this directory")

var SkipAll error = errors.New("skip everything and stop the walk")

// getwd is os.Getwd's system call (a native shared with package os): the directory and an
// errno.
func getwd() (string, int)

func Clean(p string) string { return path.Clean(p) }

func Join(elem ...string) string { return path.Join(elem...) }

func Split(p string) (dir, file string) { return path.Split(p) }

func Base(p string) string { return path.Base(p) }

func Dir(p string) string { return path.Dir(p) }

func Ext(p string) string { return path.Ext(p) }

func IsAbs(p string) bool { return path.IsAbs(p) }

func Match(pattern, name string) (matched bool, err error) { return path.Match(pattern, name) }

func VolumeName(p string) string { return "" }

func ToSlash(p string) string { return p }

func FromSlash(p string) string { return p }

func HasPrefix(p, prefix string) bool { return len(p) >= len(prefix) && p[:len(prefix)] == prefix }

func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	var list []string
	start := 0
	for i := 0; i < len(p); i++ {
		if p[i] == ListSeparator {
			list = append(list, p[start:i])
			start = i + 1
		}
	}
	return append(list, p[start:])
}

func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, e := getwd()
	if e != 0 {
		return "", errors.New("getwd: cannot determine the working directory")
	}
	return Join(wd, p), nil
}

// IsLocal reports whether p is a relative path that stays within the directory it is
// evaluated in (no "..", not absolute, not empty).
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	hasDots := false
	for rest := p; rest != ""; {
		part := rest
		if i := indexSlash(rest); i >= 0 {
			part, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		if part == "." || part == ".." {
			hasDots = true
			break
		}
	}
	if hasDots {
		p = Clean(p)
	}
	return !(p == ".." || HasPrefix(p, "../"))
}

func indexSlash(s string) int {
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			return i
		}
	}
	return -1
}

// Rel returns a relative path that is lexically equivalent to targpath when joined to
// basepath, or an error if there is none.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	baseSlashed := len(base) > 0 && base[0] == Separator
	targSlashed := len(targ) > 0 && targ[0] == Separator
	if baseSlashed != targSlashed {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	// Skip the common leading elements.
	bl := len(base)
	tl := len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != Separator {
			bi++
		}
		for ti < tl && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0 = bi
		t0 = ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 != bl {
		// Climb out of the rest of base with "..", then descend into the rest of targ.
		seps := 0
		for i := b0; i < bl; i++ {
			if base[i] == Separator {
				seps++
			}
		}
		size := 2 + seps*3
		if tl != t0 {
			size += 1 + tl - t0
		}
		buf := make([]byte, size)
		n := copy(buf, "..")
		for i := 0; i < seps; i++ {
			buf[n] = Separator
			copy(buf[n+1:], "..")
			n += 3
		}
		if t0 != tl {
			buf[n] = Separator
			copy(buf[n+1:], targ[t0:])
		}
		return string(buf), nil
	}
	return targ[t0:], nil
}
