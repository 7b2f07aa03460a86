// Package syscall: only what os needs to report errors as Go does: Errno,
// whose text is the C library's (lower-cased, as Go's table has it) and
// which matches the io/fs sentinel errors with errors.Is.
package syscall

type Errno uintptr

func (e Errno) Error() string { return errnoText(int(e)) }

func errnoText(code int) string

func (e Errno) Is(target error) bool {
	switch target {
	case fs.ErrPermission:
		return e == EACCES || e == EPERM
	case fs.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case fs.ErrNotExist:
		return e == ENOENT
	case errors.ErrUnsupported:
		return e == ENOSYS || e == ENOTSUP
	}
	return false
}

func (e Errno) Temporary() bool { return e == EINTR || e == EMFILE || e == ENFILE || e.Timeout() }
func (e Errno) Timeout() bool   { return e == EAGAIN || e == ETIMEDOUT }

// Linux's numbers.
const (
	EPERM     Errno = 1
	ENOENT    Errno = 2
	EINTR     Errno = 4
	EIO       Errno = 5
	EBADF     Errno = 9
	EAGAIN    Errno = 11
	EACCES    Errno = 13
	EEXIST    Errno = 17
	ENOTDIR   Errno = 20
	EISDIR    Errno = 21
	EINVAL    Errno = 22
	ENFILE    Errno = 23
	EMFILE    Errno = 24
	ENOSPC    Errno = 28
	ESPIPE    Errno = 29
	EPIPE     Errno = 32
	ENOSYS    Errno = 38
	ENOTEMPTY Errno = 39
	ENOTSUP   Errno = 95
	ETIMEDOUT Errno = 110
)
