// Package syscall: the part of Go's syscall package that os needs (Errno with Linux's error
// texts as gc spells them, open flags, signals numbers). System calls themselves are natives of
// package os.
package syscall

import (
	"errors"
	"internal/oserror"
)

// An Errno is an unsigned number describing an error condition (the C errno value).
type Errno uintptr

func (e Errno) Error() string {
	if 0 <= int(e) && int(e) < len(errorTexts) {
		s := errorTexts[e]
		if s != "" {
			return s
		}
	}
	return "errno " + itoa(int(e))
}

func (e Errno) Is(target error) bool {
	switch target {
	case oserror.ErrPermission:
		return e == EACCES || e == EPERM
	case oserror.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case oserror.ErrNotExist:
		return e == ENOENT
	case errors.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP || e == EOPNOTSUPP
	}
	return false
}

func (e Errno) Temporary() bool {
	return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout()
}

func (e Errno) Timeout() bool {
	return e == EAGAIN || e == EWOULDBLOCK || e == ETIMEDOUT
}

func itoa(v int) string {
	if v == 0 {
		return "0"
	}
	neg := v < 0
	if neg {
		v = -v
	}
	var b [24]byte
	i := len(b)
	for v > 0 {
		i--
		b[i] = byte('0' + v%10)
		v /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

const (
	EPERM        = Errno(0x1)
	ENOENT       = Errno(0x2)
	ESRCH        = Errno(0x3)
	EINTR        = Errno(0x4)
	EIO          = Errno(0x5)
	ENXIO        = Errno(0x6)
	E2BIG        = Errno(0x7)
	ENOEXEC      = Errno(0x8)
	EBADF        = Errno(0x9)
	ECHILD       = Errno(0xa)
	EAGAIN       = Errno(0xb)
	ENOMEM       = Errno(0xc)
	EACCES       = Errno(0xd)
	EFAULT       = Errno(0xe)
	EBUSY        = Errno(0x10)
	EEXIST       = Errno(0x11)
	EXDEV        = Errno(0x12)
	ENODEV       = Errno(0x13)
	ENOTDIR      = Errno(0x14)
	EISDIR       = Errno(0x15)
	EINVAL       = Errno(0x16)
	ENFILE       = Errno(0x17)
	EMFILE       = Errno(0x18)
	ENOTTY       = Errno(0x19)
	EFBIG        = Errno(0x1b)
	ENOSPC       = Errno(0x1c)
	ESPIPE       = Errno(0x1d)
	EROFS        = Errno(0x1e)
	EMLINK       = Errno(0x1f)
	EPIPE        = Errno(0x20)
	EDOM         = Errno(0x21)
	ERANGE       = Errno(0x22)
	EDEADLK      = Errno(0x23)
	ENAMETOOLONG = Errno(0x24)
	ENOSYS       = Errno(0x26)
	ENOTEMPTY    = Errno(0x27)
	ELOOP        = Errno(0x28)
	EWOULDBLOCK  = Errno(0xb)
	ENOTSUP      = Errno(0x5f)
	EOPNOTSUPP   = Errno(0x5f)
	ETIMEDOUT    = Errno(0x6e)
)

const (
	O_RDONLY = 0x0
	O_WRONLY = 0x1
	O_RDWR   = 0x2
	O_APPEND = 0x400
	O_CREAT  = 0x40
	O_EXCL   = 0x80
	O_SYNC   = 0x101000
	O_TRUNC  = 0x200
)

// A Signal is a number describing a process signal.
type Signal int

const (
	SIGINT  = Signal(0x2)
	SIGKILL = Signal(0x9)
	SIGTERM = Signal(0xf)
)

func (s Signal) Signal() {}

func (s Signal) String() string {
	switch s {
	case SIGINT:
		return "interrupt"
	case SIGKILL:
		return "killed"
	case SIGTERM:
		return "terminated"
	}
	return "signal " + itoa(int(s))
}

// errorTexts: Linux's error strings as Go's syscall package spells them.
var errorTexts = [...]string{
	1:   "operation not permitted",
	2:   "no such file or directory",
	3:   "no such process",
	4:   "interrupted system call",
	5:   "input/output error",
	6:   "no such device or address",
	7:   "argument list too long",
	8:   "exec format error",
	9:   "bad file descriptor",
	10:  "no child processes",
	11:  "resource temporarily unavailable",
	12:  "cannot allocate memory",
	13:  "permission denied",
	14:  "bad address",
	15:  "block device required",
	16:  "device or resource busy",
	17:  "file exists",
	18:  "invalid cross-device link",
	19:  "no such device",
	20:  "not a directory",
	21:  "is a directory",
	22:  "invalid argument",
	23:  "too many open files in system",
	24:  "too many open files",
	25:  "inappropriate ioctl for device",
	26:  "text file busy",
	27:  "file too large",
	28:  "no space left on device",
	29:  "illegal seek",
	30:  "read-only file system",
	31:  "too many links",
	32:  "broken pipe",
	33:  "numerical argument out of domain",
	34:  "numerical result out of range",
	35:  "resource deadlock avoided",
	36:  "file name too long",
	37:  "no locks available",
	38:  "function not implemented",
	39:  "directory not empty",
	40:  "too many levels of symbolic links",
	42:  "no message of desired type",
	43:  "identifier removed",
	44:  "channel number out of range",
	45:  "level 2 not synchronized",
	46:  "level 3 halted",
	47:  "level 3 reset",
	48:  "link number out of range",
	49:  "protocol driver not attached",
	50:  "no CSI structure available",
	51:  "level 2 halted",
	52:  "invalid exchange",
	53:  "invalid request descriptor",
	54:  "exchange full",
	55:  "no anode",
	56:  "invalid request code",
	57:  "invalid slot",
	59:  "bad font file format",
	60:  "device not a stream",
	61:  "no data available",
	62:  "timer expired",
	63:  "out of streams resources",
	64:  "machine is not on the network",
	65:  "package not installed",
	66:  "object is remote",
	67:  "link has been severed",
	68:  "advertise error",
	69:  "srmount error",
	70:  "communication error on send",
	71:  "protocol error",
	72:  "multihop attempted",
	73:  "RFS specific error",
	74:  "bad message",
	75:  "value too large for defined data type",
	76:  "name not unique on network",
	77:  "file descriptor in bad state",
	78:  "remote address changed",
	79:  "can not access a needed shared library",
	80:  "accessing a corrupted shared library",
	81:  ".lib section in a.out corrupted",
	82:  "attempting to link in too many shared libraries",
	83:  "cannot exec a shared library directly",
	84:  "invalid or incomplete multibyte or wide character",
	85:  "interrupted system call should be restarted",
	86:  "streams pipe error",
	87:  "too many users",
	88:  "socket operation on non-socket",
	89:  "destination address required",
	90:  "message too long",
	91:  "protocol wrong type for socket",
	92:  "protocol not available",
	93:  "protocol not supported",
	94:  "socket type not supported",
	95:  "operation not supported",
	96:  "protocol family not supported",
	97:  "address family not supported by protocol",
	98:  "address already in use",
	99:  "cannot assign requested address",
	100: "network is down",
	101: "network is unreachable",
	102: "network dropped connection on reset",
	103: "software caused connection abort",
	104: "connection reset by peer",
	105: "no buffer space available",
	106: "transport endpoint is already connected",
	107: "transport endpoint is not connected",
	108: "cannot send after transport endpoint shutdown",
	109: "too many references: cannot splice",
	110: "connection timed out",
	111: "connection refused",
	112: "host is down",
	113: "no route to host",
	114: "operation already in progress",
	115: "operation now in progress",
	116: "stale NFS file handle",
	117: "structure needs cleaning",
	118: "not a XENIX named type file",
	119: "no XENIX semaphores available",
	120: "is a named type file",
	121: "remote I/O error",
	122: "disk quota exceeded",
	123: "no medium found",
	124: "wrong medium type",
	125: "operation canceled",
	126: "required key not available",
	127: "key has expired",
	128: "key has been revoked",
	129: "key was rejected by service",
	130: "owner died",
	131: "state not recoverable",
	132: "operation not possible due to RF-kill",
}
