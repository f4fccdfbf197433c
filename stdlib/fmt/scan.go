//goro:lazy Scan Scanln Scanf Sscan Sscanln Sscanf Fscan Fscanln Fscanf Scanner ScanState
// Scanning: Scan, Scanln, Scanf and their S/F variants with gc 1.22's semantics and error
// texts (gc's fmt/scan.go algorithm). fmt imports neither strconv, unicode/utf8 nor os: numbers
// are parsed by natives (stdlib/natives_scan.c) with strconv's rules and *NumError texts,
// UTF-8 is decoded here, and standard input is reached through natives.
//
// Input sources. gc reads an io.Reader that is not an io.RuneScanner one byte per Read call,
// through a readRune wrapper that lives for one scan call (a rune read ahead and unread is
// dropped with it). goro keeps that wrapper inside ss and feeds it from:
//   - srcString: Sscan*'s string (gc reads it through a stringReader: the same bytes);
//   - srcFd: an *os.File (or standard input when package os is not in the program): its bytes
//     come in chunks (str, like srcString's) from scanFdBegin/scanFdMore, which for a regular
//     file read ahead; scanFdEnd then puts the file offset after the bytes consumed, where
//     one-byte reads would have left it. Other files come one byte per chunk (one read(2)).
//   - srcReader: any other io.Reader, read with io.ReadFull(r, 1 byte);
//   - srcRS: an io.RuneScanner, used directly (ReadRune/UnreadRune), as gc does.
package fmt

import (
	"errors"
	"io"
)

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
	SkipSpace()
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	Width() (wid int, ok bool)
	Read(buf []byte) (n int, err error)
}

// Scanner is implemented by any value that has a Scan method.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

func scanParseInt(tok string, base int) (v int64, errText string, code int)
func scanParseUint(tok string, base int) (v uint64, errText string, code int)
func scanParseFloat(tok string, bits int) (v float64, errText string, code int, atoi bool)
func scanUnquote(s string) (string, bool)
func scanStrconvError(fn, num string, code int) any
func scanArgKind(arg any) (kind, bits int)
func scanSetInt(arg any, v int64)
func scanSetUint(arg any, v uint64)
func scanSetBool(arg any, v bool)
func scanSetFloat(arg any, v float64)
func scanSetString(arg any, s string)
func scanStdin() (f any, kind int, fd int, name string)
func scanIsFile(r any) bool
func scanFdBegin(fd int, lazy bool) string
func scanFdMore(fd int) (string, int)
func scanFdEnd(fd int, unread int)
func scanGetSS() *ss
func scanPutSS(s *ss)
func scanReadFd(fd int, b []byte, name string, badfdEOF bool) (int, string)

// Kinds reported by scanArgKind.
const (
	akNotPtr = iota
	akBool
	akInt
	akUint
	akString     // string or byte-slice types
	akFloat      // float32, float64
	akNamedFloat // named types of them
	akOther
)

// Kinds reported by scanStdin.
const (
	stdinNoOS     = iota // package os is not in the program: descriptor 0
	stdinFile            // os.Stdin, an *os.File usable as an io.Reader
	stdinFd              // os.Stdin's descriptor (the program never made *os.File an interface)
	stdinNil             // os.Stdin is nil
	stdinClosed          // os.Stdin is closed
)

// fdFile reads a descriptor for Scan/Scanln/Scanf when os.Stdin cannot be used as an
// io.Reader: standard input of a program without package os (lazy: fmt is its only reader),
// or os.Stdin's descriptor when *os.File has no method table in the program. err is the
// error of a nil or closed os.Stdin.
type fdFile struct {
	fd   int
	name string
	lazy bool
	err  string
}

func (f *fdFile) Read(b []byte) (int, error) {
	if f.err != "" {
		return 0, errors.New(f.err)
	}
	if len(b) == 0 {
		return 0, nil
	}
	// gc's runtime opens /dev/null on a closed descriptor 0: reading it is the end of file
	n, e := scanReadFd(f.fd, b, f.name, f.fd == 0)
	if e != "" {
		return 0, errors.New(e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

func stdin() io.Reader {
	f, kind, fd, name := scanStdin()
	switch kind {
	case stdinFile:
		return f.(io.Reader)
	case stdinFd:
		return &fdFile{fd: fd, name: name}
	case stdinNil:
		return &fdFile{err: "invalid argument"}
	case stdinClosed:
		return &fdFile{err: "read " + name + ": file already closed"}
	}
	return stdinLazy
}

var stdinLazy = &fdFile{name: "/dev/stdin", lazy: true}

// Scan scans text read from standard input, storing successive space-separated values into
// successive arguments. Newlines count as space.
func Scan(a ...any) (n int, err error) {
	return Fscan(stdin(), a...)
}

// Scanln is similar to Scan, but stops scanning at a newline and after the final item there
// must be a newline or EOF.
func Scanln(a ...any) (n int, err error) {
	return Fscanln(stdin(), a...)
}

// Scanf scans text read from standard input as determined by the format.
func Scanf(format string, a ...any) (n int, err error) {
	return Fscanf(stdin(), format, a...)
}

func Sscan(str string, a ...any) (n int, err error) {
	s := newStringScanState(str, true, false)
	n, err = s.doScan(a)
	s.free()
	return
}

func Sscanln(str string, a ...any) (n int, err error) {
	s := newStringScanState(str, false, true)
	n, err = s.doScan(a)
	s.free()
	return
}

func Sscanf(str string, format string, a ...any) (n int, err error) {
	s := newStringScanState(str, false, false)
	n, err = s.doScanf(format, a)
	s.free()
	return
}

func Fscan(r io.Reader, a ...any) (n int, err error) {
	s := newScanState(r, true, false)
	n, err = s.doScan(a)
	s.free()
	return
}

func Fscanln(r io.Reader, a ...any) (n int, err error) {
	s := newScanState(r, false, true)
	n, err = s.doScan(a)
	s.free()
	return
}

func Fscanf(r io.Reader, format string, a ...any) (n int, err error) {
	s := newScanState(r, false, false)
	n, err = s.doScanf(format, a)
	s.free()
	return
}

// scanError represents an error generated by the scanning software.
type scanError struct {
	err error
}

const eof = -1

const (
	srcRS = iota
	srcReader
	srcString
	srcFd
)

// ss is the internal implementation of ScanState.
type ss struct {
	src int
	rs  io.RuneScanner // srcRS
	rd  io.Reader      // srcReader, srcFd (reads errors through it)
	str string         // srcString: the input; srcFd: the current chunk
	pos int            // srcString, srcFd: next byte of str
	fd  int            // srcFd

	// gc's readRune wrapper, for the byte sources
	rbuf     [4]byte // used only inside readRune
	pending  int     // number of bytes in pendBuf; only >0 for bad UTF-8
	pendBuf  [4]byte // bytes left over
	peekRune rune    // if >=0 next rune; when <0 is ^(previous Rune)

	buf       []byte // token accumulator
	count     int    // runes consumed so far
	atEOF     bool   // already read EOF
	nlIsEnd   bool   // whether newline terminates scan
	nlIsSpace bool   // whether newline counts as white space
	argLimit  int    // max value of ss.count for this arg; argLimit <= limit
	limit     int    // max value of ss.count
	maxWid    int    // width of this arg
}

// newSS returns a reset ss, reusing the one the last finished call freed (as gc's sync.Pool
// does: its token buffer is kept).
func newSS(nlIsSpace, nlIsEnd bool) *ss {
	s := scanGetSS()
	if s == nil {
		s = new(ss)
	}
	s.nlIsSpace = nlIsSpace
	s.nlIsEnd = nlIsEnd
	s.limit = hugeWid
	s.argLimit = hugeWid
	s.maxWid = hugeWid
	s.peekRune = -1
	return s
}

// free hands s back for reuse (not after a panic, as gc).
func (s *ss) free() {
	if cap(s.buf) > 1024 { // don't hold on to large buffers
		return
	}
	*s = ss{buf: s.buf[:0]}
	scanPutSS(s)
}

func newScanState(r io.Reader, nlIsSpace, nlIsEnd bool) *ss {
	s := newSS(nlIsSpace, nlIsEnd)
	if rs, ok := r.(io.RuneScanner); ok {
		s.src = srcRS
		s.rs = rs
		return s
	}
	s.rd = r
	s.src = srcReader
	lazy := false
	if f, ok := r.(*fdFile); ok {
		if f.err == "" {
			s.src = srcFd
			s.fd = f.fd
			lazy = f.lazy
		}
	} else if scanIsFile(r) {
		// An *os.File: Read(nil) reports a nil or closed file (then read it normally, so
		// that its error is the file's).
		if f, ok := r.(interface{ Fd() uintptr }); ok {
			if _, err := r.Read(nil); err == nil {
				s.src = srcFd
				s.fd = int(f.Fd())
			}
		}
	}
	if s.src == srcFd {
		s.str = scanFdBegin(s.fd, lazy)
	}
	return s
}

func newStringScanState(str string, nlIsSpace, nlIsEnd bool) *ss {
	s := newSS(nlIsSpace, nlIsEnd)
	s.src = srcString
	s.str = str
	return s
}

// The Read method is only in ScanState so that ScanState satisfies io.Reader.
func (s *ss) Read(buf []byte) (n int, err error) {
	return 0, errors.New("ScanState's Read should not be called. Use ReadRune")
}

// readByte returns the next byte from a byte source, which may be left over from a previous
// read if the UTF-8 was ill-formed.
func (s *ss) readByte() (b byte, err error) {
	if s.pending > 0 {
		b = s.pendBuf[0]
		copy(s.pendBuf[0:], s.pendBuf[1:])
		s.pending--
		return
	}
	if s.src == srcString || s.src == srcFd {
		if s.pos < len(s.str) || s.src == srcFd && s.more() {
			b = s.str[s.pos]
			s.pos++
			return b, nil
		}
		if s.src != srcReader {
			return 0, io.EOF
		}
	}
	n, err := io.ReadFull(s.rd, s.pendBuf[:1])
	if n != 1 {
		return 0, err
	}
	return s.pendBuf[0], err
}

// more fetches the next chunk of a descriptor: false at the end of the file, or after a read
// error, when the source becomes srcReader (the file's Read then reports the error).
func (s *ss) more() bool {
	str, st := scanFdMore(s.fd)
	s.str, s.pos = str, 0
	if st == -2 {
		s.src = srcReader
	}
	return st == 0
}

// readRune is gc's readRune.ReadRune over the byte sources, or the RuneScanner's ReadRune.
func (s *ss) readRune() (rr rune, size int, err error) {
	if s.src == srcRS {
		return s.rs.ReadRune()
	}
	if s.peekRune >= 0 {
		rr = s.peekRune
		s.peekRune = ^s.peekRune
		size = runeLen(rr)
		return
	}
	b, err := s.readByte()
	if err != nil {
		return
	}
	return s.finishRune(b)
}

// finishRune decodes the rune that starts with byte b, reading its continuation bytes.
func (s *ss) finishRune(b byte) (rr rune, size int, err error) {
	if b < 0x80 { // fast check for common ASCII case
		rr = rune(b)
		size = 1
		s.peekRune = ^rr
		return
	}
	s.rbuf[0] = b
	var n int
	for n = 1; !fullRune(s.rbuf[:n]); n++ {
		s.rbuf[n], err = s.readByte()
		if err != nil {
			if err == io.EOF {
				err = nil
				break
			}
			return
		}
	}
	rr, size = decodeRune(string(s.rbuf[:n]))
	if size < n { // an error, save the bytes for the next read
		copy(s.pendBuf[s.pending:], s.rbuf[size:n])
		s.pending += n - size
	}
	s.peekRune = ^rr
	return
}

func (s *ss) ReadRune() (r rune, size int, err error) {
	if s.atEOF || s.count >= s.argLimit {
		err = io.EOF
		return
	}
	r, size, err = s.readRune()
	if err == nil {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else if err == io.EOF {
		s.atEOF = true
	}
	return
}

func (s *ss) Width() (wid int, ok bool) {
	if s.maxWid == hugeWid {
		return 0, false
	}
	return s.maxWid, true
}

// getRune returns the next rune or eof; other read errors end the scan. It is ReadRune with
// the common cases inline: a rune read back after UnreadRune, an ASCII byte of a string or of
// a descriptor's chunk.
func (s *ss) getRune() (r rune) {
	if !s.atEOF && s.count < s.argLimit && s.src != srcRS && s.pending == 0 {
		if s.peekRune >= 0 {
			r = s.peekRune
			s.peekRune = ^r
		} else {
			if s.pos == len(s.str) && s.src == srcFd && !s.more() {
				if s.src == srcFd { // end of file
					s.atEOF = true
					return eof
				}
				return s.getRuneSlow() // a read error, reported by the file's Read
			}
			if s.src == srcReader || s.pos == len(s.str) || s.str[s.pos] >= 0x80 {
				return s.getRuneSlow()
			}
			r = rune(s.str[s.pos])
			s.pos++
			s.peekRune = ^r
		}
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
		return
	}
	return s.getRuneSlow()
}

func (s *ss) getRuneSlow() (r rune) {
	r, _, err := s.ReadRune()
	if err != nil {
		if err == io.EOF {
			return eof
		}
		s.error(err)
	}
	return
}

// mustReadRune turns io.EOF into a panic(io.ErrUnexpectedEOF).
func (s *ss) mustReadRune() (r rune) {
	r = s.getRune()
	if r == eof {
		s.error(io.ErrUnexpectedEOF)
	}
	return
}

func (s *ss) UnreadRune() error {
	if s.src == srcRS {
		s.rs.UnreadRune()
	} else if s.peekRune < 0 {
		s.peekRune = ^s.peekRune
	}
	s.atEOF = false
	s.count--
	return nil
}

func (s *ss) error(err error) {
	panic(scanError{err})
}

func (s *ss) errorString(err string) {
	panic(scanError{errors.New(err)})
}

func (s *ss) Token(skipSpace bool, f func(rune) bool) (tok []byte, err error) {
	defer func() {
		if e := recover(); e != nil {
			if se, ok := e.(scanError); ok {
				err = se.err
			} else {
				panic(e)
			}
		}
	}()
	if f == nil {
		f = notSpace
	}
	s.buf = s.buf[:0]
	tok = s.token(skipSpace, f)
	return
}

// isSpace reports unicode.White_Space.
func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	switch {
	case r == 0x85, r == 0xa0, r == 0x1680:
		return true
	case r >= 0x2000 && r <= 0x200a:
		return true
	case r == 0x2028, r == 0x2029, r == 0x202f, r == 0x205f, r == 0x3000:
		return true
	}
	return false
}

// notSpace is the default scanning function used in Token.
func notSpace(r rune) bool {
	return !isSpace(r)
}

// runeLen is utf8.RuneLen.
func runeLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= 0x10FFFF:
		return 4
	}
	return -1
}

// fullRune is utf8.FullRune: whether p begins with a full encoding of a rune (an invalid
// encoding counts as full: it decodes as a one-byte error).
func fullRune(p []byte) bool {
	n := len(p)
	if n == 0 {
		return false
	}
	b := p[0]
	size := 1
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case b < 0xC2:
		return true
	case b < 0xE0:
		size = 2
	case b < 0xF0:
		size = 3
		if b == 0xE0 {
			lo = 0xA0
		} else if b == 0xED {
			hi = 0x9F
		}
	case b < 0xF5:
		size = 4
		if b == 0xF0 {
			lo = 0x90
		} else if b == 0xF4 {
			hi = 0x8F
		}
	default:
		return true
	}
	if n >= size {
		return true
	}
	if n > 1 && (p[1] < lo || hi < p[1]) {
		return true
	} else if n > 2 && (p[2] < 0x80 || 0xBF < p[2]) {
		return true
	}
	return false
}

// decodeRune is utf8.DecodeRuneInString.
func decodeRune(s string) (rune, int) {
	if len(s) == 0 {
		return 0xFFFD, 0
	}
	if s[0] < 0x80 {
		return rune(s[0]), 1
	}
	r, n := rune(0), len(s)
	for i, c := range s {
		if i > 0 {
			n = i
			break
		}
		r = c
	}
	return r, n
}

// SkipSpace skips space and newline characters in keeping with the current scanning mode.
func (s *ss) SkipSpace() {
	for {
		r := s.getRune()
		if r == eof {
			return
		}
		if r == '\r' && s.peek("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isSpace(r) {
			s.UnreadRune()
			break
		}
	}
}

// token returns the next space-delimited string from the input.
func (s *ss) token(skipSpace bool, f func(rune) bool) []byte {
	if skipSpace {
		s.SkipSpace()
	}
	for {
		if s.peekRune < 0 && s.pending == 0 && !s.atEOF && (s.src == srcString || s.src == srcFd) {
			// the ASCII bytes of a string or descriptor chunk, directly
			for s.pos < len(s.str) && s.count < s.argLimit {
				b := s.str[s.pos]
				if b >= 0x80 {
					break
				}
				s.pos++
				s.count++
				s.peekRune = ^rune(b)
				if s.nlIsEnd && b == '\n' {
					s.atEOF = true
				}
				if !f(rune(b)) {
					s.UnreadRune()
					return s.buf
				}
				s.buf = append(s.buf, b)
			}
		}
		r := s.getRune()
		if r == eof {
			break
		}
		if !f(r) {
			s.UnreadRune()
			break
		}
		s.writeRune(r)
	}
	return s.buf
}

func (s *ss) writeRune(r rune) {
	if r >= 0 && r < 0x80 {
		s.buf = append(s.buf, byte(r))
	} else {
		s.buf = append(s.buf, string(r)...)
	}
}

var errComplex = errors.New("syntax error scanning complex number")
var errBool = errors.New("syntax error scanning boolean")

// indexRune is the index of r in s; s is ASCII (all the callers' sets are).
func indexRune(s string, r rune) int {
	for i := 0; i < len(s); i++ {
		if rune(s[i]) == r {
			return i
		}
	}
	return -1
}

// consume reads the next rune in the input and reports whether it is in the ok string.
// If accept is true, it puts the character into the input token.
func (s *ss) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == eof {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.writeRune(r)
		}
		return true
	}
	if r != eof && accept {
		s.UnreadRune()
	}
	return false
}

// peek reports whether the next character is in the ok string, without consuming it.
func (s *ss) peek(ok string) bool {
	r := s.getRune()
	if r != eof {
		s.UnreadRune()
	}
	return indexRune(ok, r) >= 0
}

func (s *ss) notEOF() {
	// Guarantee there is data to be read.
	if r := s.getRune(); r == eof {
		panic(io.EOF)
	}
	s.UnreadRune()
}

// accept checks the next rune in the input. If it's a byte (sic) in the string, it puts it in
// the buffer and returns true. Otherwise it return false.
func (s *ss) accept(ok string) bool {
	return s.consume(ok, true)
}

// okVerb verifies that the verb is present in the list.
func (s *ss) okVerb(verb rune, okVerbs, typ string) bool {
	if verb == 'v' { // in every list
		return true
	}
	for _, v := range okVerbs {
		if v == verb {
			return true
		}
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

// scanBool returns the value of the boolean represented by the next token.
func (s *ss) scanBool(verb rune) bool {
	s.SkipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			s.error(errBool)
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			s.error(errBool)
		}
		return false
	}
	return false
}

// Numerical elements
const (
	binaryDigits      = "01"
	octalDigits       = "01234567"
	decimalDigits     = "0123456789"
	hexadecimalDigits = "0123456789aAbBcCdDeEfF"
	sign              = "+-"
	period            = "."
	exponent          = "eEpP"
)

// getBase returns the numeric base represented by the verb and its digit string.
func (s *ss) getBase(verb rune) (base int, digits string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	base = 10
	digits = decimalDigits
	switch verb {
	case 'b':
		base = 2
		digits = binaryDigits
	case 'o':
		base = 8
		digits = octalDigits
	case 'x', 'X', 'U':
		base = 16
		digits = hexadecimalDigits
	}
	return
}

// scanNumber returns the numerical string with specified digits starting here.
func (s *ss) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	s.acceptRun(digits)
	return string(s.buf)
}

// acceptRun is `for s.accept(ok) {}`, with the ASCII bytes of a string or descriptor chunk
// taken directly: the rune that ends the run is read and unread, as accept leaves it.
func (s *ss) acceptRun(ok string) {
	for {
		if s.peekRune < 0 && s.pending == 0 && !s.atEOF && (s.src == srcString || s.src == srcFd) {
			for s.pos < len(s.str) && s.count < s.argLimit {
				b := s.str[s.pos]
				if b >= 0x80 {
					break
				}
				s.pos++
				if indexRune(ok, rune(b)) < 0 {
					s.peekRune = rune(b) // read and unread
					return
				}
				s.count++
				s.buf = append(s.buf, b)
			}
		}
		if !s.accept(ok) {
			return
		}
	}
}

// scanRune returns the next rune value in the input.
func (s *ss) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

// scanBasePrefix reports whether the integer begins with a base prefix and returns the
// base, digit string, and whether a zero was found. It is called only if the verb is %v.
func (s *ss) scanBasePrefix() (base int, digits string, zeroFound bool) {
	if !s.peek("0") {
		return 0, decimalDigits + "_", false
	}
	s.accept("0")
	// Special cases for 0, 0b, 0o, 0x.
	switch {
	case s.peek("bB"):
		s.consume("bB", true)
		return 0, binaryDigits + "_", true
	case s.peek("oO"):
		s.consume("oO", true)
		return 0, octalDigits + "_", true
	case s.peek("xX"):
		s.consume("xX", true)
		return 0, hexadecimalDigits + "_", true
	default:
		return 0, octalDigits + "_", true
	}
}

// scanInt returns the value of the integer represented by the next token, checking for
// overflow.
func (s *ss) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(sign) // If there's a sign, it will be left in the token buffer.
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, e, code := scanParseInt(tok, base)
	if e != "" {
		s.strconvError("ParseInt", tok, code, e)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

// scanUint returns the value of the unsigned integer represented by the next token,
// checking for overflow.
func (s *ss) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.SkipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, e, code := scanParseUint(tok, base)
	if e != "" {
		s.strconvError("ParseUint", tok, code, e)
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

// floatToken returns the floating-point number starting here, no longer than swid if the
// width is specified. It's not rigorous about syntax; the parser checks that.
func (s *ss) floatToken() string {
	s.buf = s.buf[:0]
	// NaN?
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	// leading sign?
	s.accept(sign)
	// Inf?
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDigits + "_"
	exp := exponent
	if s.accept("0") && s.accept("xX") {
		digits = hexadecimalDigits + "_"
		exp = "pP"
	}
	// digits?
	s.acceptRun(digits)
	// decimal point?
	if s.accept(period) {
		// fraction?
		s.acceptRun(digits)
	}
	// exponent?
	if s.accept(exp) {
		// leading sign?
		s.accept(sign)
		// digits?
		s.acceptRun(decimalDigits + "_")
	}
	return string(s.buf)
}

// convertFloat converts the string to a float64 value (rounded to float32 first when n is 32).
func (s *ss) convertFloat(str string, n int) float64 {
	f, e, code, atoi := scanParseFloat(str, n)
	if e != "" {
		fn := "ParseFloat"
		if atoi {
			fn = "Atoi"
		}
		s.strconvError(fn, str, code, e)
	}
	return f
}

// strconvError ends the scan with strconv's error: a *strconv.NumError (code 0:
// strconv.ErrSyntax) when package strconv is in the program, else an error with its text.
func (s *ss) strconvError(fn, num string, code int, text string) {
	if e, ok := scanStrconvError(fn, num, code).(error); ok {
		s.error(e)
	}
	s.errorString(text)
}

// convertString returns the string represented by the next input characters.
func (s *ss) convertString(verb rune) (str string) {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.SkipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		str = s.quotedString()
	case 'x', 'X':
		str = s.hexString()
	default:
		str = string(s.token(true, notSpace)) // %s and %v just return the next word
	}
	return
}

// quotedString returns the double- or back-quoted string represented by the next input
// characters.
func (s *ss) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		// Back-quoted: Anything goes until EOF or back quote.
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.writeRune(r)
		}
		return string(s.buf)
	case '"':
		// Double-quoted: Include the quotes and let Unquote do the backslash escapes.
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.writeRune(r)
			if r == '\\' {
				// In a legal backslash escape, no matter how long, only the character
				// immediately after the escape can itself be a backslash or quote.
				s.writeRune(s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, ok := scanUnquote(string(s.buf))
		if !ok {
			s.strconvError("", "", 0, "invalid syntax")
		}
		return result
	default:
		s.errorString("expected quoted string")
	}
	return ""
}

// hexDigit returns the value of the hexadecimal digit.
func hexDigit(d rune) (int, bool) {
	digit := int(d)
	switch {
	case '0' <= digit && digit <= '9':
		return digit - '0', true
	case 'a' <= digit && digit <= 'f':
		return 10 + digit - 'a', true
	case 'A' <= digit && digit <= 'F':
		return 10 + digit - 'A', true
	}
	return -1, false
}

// hexByte returns the next hex-encoded (two-character) byte from the input.
func (s *ss) hexByte() (b byte, ok bool) {
	rune1 := s.getRune()
	if rune1 == eof {
		return
	}
	value1, ok := hexDigit(rune1)
	if !ok {
		s.UnreadRune()
		return
	}
	value2, ok := hexDigit(s.mustReadRune())
	if !ok {
		s.errorString("illegal hex digit")
		return
	}
	return byte(value1<<4 | value2), true
}

// hexString returns the space-delimited hexpair-encoded string.
func (s *ss) hexString() string {
	s.notEOF()
	for {
		b, ok := s.hexByte()
		if !ok {
			break
		}
		s.buf = append(s.buf, b)
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
		return ""
	}
	return string(s.buf)
}

const (
	floatVerbs = "beEfFgGv"

	hugeWid = 1 << 30
)

// scanPercent scans a literal percent character.
func (s *ss) scanPercent() {
	s.SkipSpace()
	s.notEOF()
	if !s.accept("%") {
		s.errorString("missing literal %")
	}
}

// scanOne scans a single value, deriving the scanner from the type of the argument.
func (s *ss) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	var err error
	// If the parameter has its own Scan method, use that.
	if v, ok := arg.(Scanner); ok {
		err = v.Scan(s, verb)
		if err != nil {
			if err == io.EOF {
				err = io.ErrUnexpectedEOF
			}
			s.error(err)
		}
		return
	}

	// gc: a type switch on pointers to the predeclared types, then reflect for named types;
	// here one classification (by the underlying type) and stores by natives.
	kind, bits := scanArgKind(arg)
	switch kind {
	case akBool:
		scanSetBool(arg, s.scanBool(verb))
	case akInt:
		scanSetInt(arg, s.scanInt(verb, bits))
	case akUint:
		scanSetUint(arg, s.scanUint(verb, bits))
	case akString:
		scanSetString(arg, s.convertString(verb))
	case akFloat, akNamedFloat:
		if kind == akFloat { // *float32, *float64 check the verb; named types do not
			typ := "float64"
			if bits == 32 {
				typ = "float32"
			}
			s.okVerb(verb, floatVerbs, typ)
		}
		s.SkipSpace()
		s.notEOF()
		scanSetFloat(arg, s.convertFloat(s.floatToken(), bits))
	case akNotPtr:
		if arg == nil { // gc: reflect.ValueOf(nil).Type()
			panic(errors.New("reflect: call of reflect.Value.Type on zero Value"))
		}
		s.errorString("type not a pointer: " + Sprintf("%T", arg))
	default:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	}
}

// finish turns local panics into error returns and, for a descriptor source, leaves the file
// offset after the bytes consumed.
func (s *ss) finish(errp *error) {
	if s.src == srcFd {
		scanFdEnd(s.fd, len(s.str)-s.pos)
	}
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok { // catch local error
			*errp = se.err
		} else if eof, ok := e.(error); ok && eof == io.EOF { // out of input
			*errp = eof
		} else {
			panic(e)
		}
	}
}

// doScan does the real work for scanning without a format string.
func (s *ss) doScan(a []any) (numProcessed int, err error) {
	defer s.finish(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	// Check for newline (or EOF) if required (Scanln etc.).
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == eof {
				break
			}
			if !isSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

// advance determines whether the next characters in the input match those of the format.
// It returns the number of bytes (sic) consumed in the format. All runs of space characters
// in either input or format behave as a single space. Newlines are special, though: newlines
// in the format must match those in the input and vice versa. This routine also handles the
// %% case. If the return value is zero, either format starts with a % (with no following %)
// or the input is empty. If it is negative, the input did not match the string.
func (s *ss) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := decodeRune(format[i:])

		// Space processing.
		// In the rest of this comment "space" means spaces other than newline.
		// Newline in the format matches input of zero or more spaces and then newline or
		// end-of-input. Spaces in the format before the newline are collapsed into the
		// newline. Spaces in the format after the newline match zero or more spaces after the
		// corresponding input newline. Other spaces in the format match input of one or more
		// spaces or end-of-input.
		if isSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = decodeRune(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != eof {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					// If the trailing space stood alone (did not follow a newline), it must
					// find at least one space to consume.
					if !isSpace(inputc) && inputc != eof {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != eof {
					s.UnreadRune()
				}
			}
			continue
		}

		// Verbs.
		if fmtc == '%' {
			// % at end of string is an error.
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			// %% acts like a real percent
			nextc, _ := decodeRune(format[i+w:]) // will not match % if string is empty
			if nextc != '%' {
				return
			}
			i += w // skip the first %
		}

		// Literals.
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.UnreadRune()
			return -1
		}
		i += w
	}
	return
}

// scanParsenum converts ASCII to integer (gc's parsenum). num is 0 (and isnum is false) if
// no number present.
func scanParsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if num > 1e6 || num < -1e6 {
			return 0, false, end // Overflow; crazy long number most likely.
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

// doScanf does the real work when scanning with a format string.
func (s *ss) doScanf(format string, a []any) (numProcessed int, err error) {
	defer s.finish(&err)
	end := len(format) - 1
	// We process one item per non-trivial format
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		// Either we failed to advance, we have a percent character, or we ran out of input.
		if format[i] != '%' {
			// Can't advance format. Why not?
			if w < 0 {
				s.errorString("input does not match format")
			}
			// Otherwise at EOF; "too many operands" error handled below
			break
		}
		i++ // % is one byte

		// do we have 20 (width)?
		var widPresent bool
		s.maxWid, widPresent, i = scanParsenum(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}

		c, w := decodeRune(format[i:])
		i += w

		if c != 'c' {
			s.SkipSpace()
		}
		if c == '%' {
			s.scanPercent()
			continue // Do not consume an argument.
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}

		if numProcessed >= len(a) { // out of operands
			s.errorString("too few operands for format '%" + format[i-w:] + "'")
			break
		}
		arg := a[numProcessed]

		s.scanOne(c, arg)
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}
