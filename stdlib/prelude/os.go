// Package os: process exit, arguments, the environment, and files.
//
// A *File is a descriptor (-1 once closed) and a name. The standard files
// write through runtime/output.c (stdout is buffered there, with Go's
// observable behaviour kept: see its header); other files use read(2)
// and write(2) directly. A file operation blocks its worker thread only
// for the system call (files are local). Errors are Go's: a *PathError
// ("open x: no such file or directory") around a syscall.Errno, which
// errors.Is matches against fs.ErrNotExist and the others; a closed
// file's operations fail with fs.ErrClosed. A write to a broken pipe on
// fd 1 or 2 never returns: the program dies of SIGPIPE, as Go's does.
package os

type File struct {
	fd   int // -1 once closed
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

type PathError = fs.PathError
type FileInfo = fs.FileInfo
type FileMode = fs.FileMode

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeSymlink    = fs.ModeSymlink
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeDevice     = fs.ModeDevice
	ModeCharDevice = fs.ModeCharDevice
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// Flags to OpenFile (Linux's values).
const (
	O_RDONLY int = 0
	O_WRONLY int = 1
	O_RDWR   int = 2
	O_APPEND int = 02000
	O_CREATE int = 0100
	O_EXCL   int = 0200
	O_SYNC   int = 04010000
	O_TRUNC  int = 01000
)

const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

var Args []string = args()

func args() []string

func Exit(code int)

// errnoError: the error of a failed system call (code -1: the file was closed).
func errnoError(op, name string, code int) error {
	if code == -1 {
		return &PathError{Op: op, Path: name, Err: ErrClosed}
	}
	return &PathError{Op: op, Path: name, Err: syscall.Errno(code)}
}

// ---------- files ----------

func openFile(name string, flag int, perm uint32) (fd int, errno int)

func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, errno := openFile(name, flag, uint32(perm.Perm()))
	if errno != 0 {
		return nil, errnoError("open", name, errno)
	}
	return &File{fd, name}, nil
}

func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

func Create(name string) (*File, error) { return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666) }

// write writes s; errno is the error that stopped it (0 when all of s was
// written, -1 on a closed file).
func (f *File) write(s string) (n int, errno int)

// read reads at most max bytes; eof at the end of input, errno that of a
// failed read (-1: closed).
func (f *File) read(max int) (data string, eof bool, errno int)

func (f *File) close() (errno int)

func (f *File) seek(offset int64, whence int) (ret int64, errno int)

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, errno := f.write(string(b))
	if errno != 0 {
		return n, errnoError("write", f.name, errno)
	}
	return n, nil
}

func (f *File) WriteString(s string) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, errno := f.write(s)
	if errno != 0 {
		return n, errnoError("write", f.name, errno)
	}
	return n, nil
}

func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		if f.fd < 0 {
			return 0, errnoError("read", f.name, -1)
		}
		return 0, nil
	}
	data, eof, errno := f.read(len(b))
	if errno != 0 {
		return 0, errnoError("read", f.name, errno)
	}
	if eof {
		return 0, io.EOF
	}
	return copy(b, data), nil
}

func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	ret, errno := f.seek(offset, whence)
	if errno != 0 {
		return 0, errnoError("seek", f.name, errno)
	}
	return ret, nil
}

func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if errno := f.close(); errno != 0 {
		return errnoError("close", f.name, errno)
	}
	return nil
}

func (f *File) Name() string { return f.name }
func (f *File) Fd() uintptr   { return uintptr(f.fd) }
func (f *File) Sync() error   { return f.checkValid("sync") }

func (f *File) Stat() (FileInfo, error) {
	if f == nil {
		return nil, ErrInvalid
	}
	size, mode, msec, mnsec, errno := fstat(f.fd)
	if errno != 0 {
		return nil, errnoError("stat", f.name, errno)
	}
	return newFileStat(f.name, size, mode, msec, mnsec), nil
}

// ReadFile reads the whole named file.
func ReadFile(name string) ([]byte, error) {
	data, errno := readAll(name)
	if errno != 0 {
		op := "read"
		if errno > 0 && errno&0x10000 != 0 {
			op, errno = "open", errno&0xffff
		}
		return nil, errnoError(op, name, errno)
	}
	return []byte(data), nil
}

// readAll: the named file's contents; an error opening it has 0x10000 set.
func readAll(name string) (data string, errno int)

// WriteFile writes data to the named file, creating it with perm (before
// the umask) if needed, truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// ---------- the file system ----------

func remove(name string) (errno int)
func removeAll(name string) (errno int)
func mkdir(name string, perm uint32) (errno int)
func getwd() (dir string, errno int)
func chdir(dir string) (errno int)
func rename(from, to string) (errno int)
func stat(name string, follow bool) (size int64, mode uint32, msec int64, mnsec int64, errno int)
func fstat(fd int) (size int64, mode uint32, msec int64, mnsec int64, errno int)

// randomName: the random part of a temporary file's name.
func randomName() string

func Remove(name string) error {
	if errno := remove(name); errno != 0 {
		return errnoError("remove", name, errno)
	}
	return nil
}

func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if errno := removeAll(path); errno != 0 {
		return errnoError("unlinkat", path, errno)
	}
	return nil
}

func Mkdir(name string, perm FileMode) error {
	if errno := mkdir(name, uint32(perm.Perm())); errno != 0 {
		return errnoError("mkdir", name, errno)
	}
	return nil
}

func MkdirAll(path string, perm FileMode) error {
	if fi, err := Stat(path); err == nil {
		if fi.IsDir() {
			return nil
		}
		return &PathError{Op: "mkdir", Path: path, Err: syscall.ENOTDIR}
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		if fi, err1 := Lstat(path); err1 == nil && fi.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

func Rename(oldpath, newpath string) error {
	if errno := rename(oldpath, newpath); errno != 0 {
		return &LinkError{"rename", oldpath, newpath, syscall.Errno(errno)}
	}
	return nil
}

// LinkError records an error during a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }
func (e *LinkError) Unwrap() error { return e.Err }

func Getwd() (dir string, err error) {
	dir, errno := getwd()
	if errno != 0 {
		return "", &SyscallError{"getwd", syscall.Errno(errno)}
	}
	return dir, nil
}

func Chdir(dir string) error {
	if errno := chdir(dir); errno != 0 {
		return errnoError("chdir", dir, errno)
	}
	return nil
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }
func (e *SyscallError) Unwrap() error { return e.Err }

func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// tempPattern splits a pattern at its last "*" (or appends the random part).
func tempPattern(op, pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", &PathError{Op: op, Path: pattern, Err: errPatternHasSeparator}
		}
	}
	if pos := lastIndexByte(pattern, '*'); pos != -1 {
		prefix, suffix = pattern[:pos], pattern[pos+1:]
	} else {
		prefix = pattern
	}
	return prefix, suffix, nil
}

var errPatternHasSeparator = errors.New("pattern contains path separator")

func lastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func joinDir(dir, name string) string {
	if len(dir) > 0 && dir[len(dir)-1] == '/' {
		return dir + name
	}
	return dir + "/" + name
}

func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := tempPattern("createtemp", pattern)
	if err != nil {
		return nil, err
	}
	prefix = joinDir(dir, prefix)
	try := 0
	for {
		name := prefix + randomName() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return nil, &PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: ErrExist}
		}
		return f, err
	}
}

func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := tempPattern("mkdirtemp", pattern)
	if err != nil {
		return "", err
	}
	prefix = joinDir(dir, prefix)
	try := 0
	for {
		name := prefix + randomName() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try++; try < 10000 {
				continue
			}
			return "", &PathError{Op: "mkdirtemp", Path: dir + "/" + prefix + "*" + suffix, Err: ErrExist}
		}
		return "", err
	}
}

// fileStat is the FileInfo of Stat.
type fileStat struct {
	name    string
	size    int64
	mode    FileMode
	modTime time.Time
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) ModTime() time.Time { return fs.modTime }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// newFileStat converts st_mode as Go does.
func newFileStat(name string, size int64, mode uint32, msec, mnsec int64) *fileStat {
	m := FileMode(mode & 0777)
	switch mode & 0170000 {
	case 0060000:
		m |= ModeDevice
	case 0020000:
		m |= ModeDevice | ModeCharDevice
	case 0040000:
		m |= ModeDir
	case 0010000:
		m |= ModeNamedPipe
	case 0120000:
		m |= ModeSymlink
	case 0140000:
		m |= ModeSocket
	}
	if mode&02000 != 0 {
		m |= fs.ModeSetgid
	}
	if mode&04000 != 0 {
		m |= fs.ModeSetuid
	}
	if mode&01000 != 0 {
		m |= fs.ModeSticky
	}
	return &fileStat{basename(name), size, m, time.Unix(msec, mnsec)}
}

func Stat(name string) (FileInfo, error) {
	size, mode, msec, mnsec, errno := stat(name, true)
	if errno != 0 {
		return nil, errnoError("stat", name, errno)
	}
	return newFileStat(name, size, mode, msec, mnsec), nil
}

func Lstat(name string) (FileInfo, error) {
	size, mode, msec, mnsec, errno := stat(name, false)
	if errno != 0 {
		return nil, errnoError("lstat", name, errno)
	}
	return newFileStat(name, size, mode, msec, mnsec), nil
}

func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *LinkError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func IsExist(err error) bool {
	e := underlyingError(err)
	return e == ErrExist || e == syscall.EEXIST || e == syscall.ENOTEMPTY
}

func IsNotExist(err error) bool {
	e := underlyingError(err)
	return e == ErrNotExist || e == syscall.ENOENT
}

func IsPermission(err error) bool {
	e := underlyingError(err)
	return e == ErrPermission || e == syscall.EACCES || e == syscall.EPERM
}

// ---------- the environment ----------

func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func LookupEnv(key string) (string, bool)

func setenv(key, value string) (errno int)
func unsetenv(key string)

func Setenv(key, value string) error {
	if errno := setenv(key, value); errno != 0 {
		return &SyscallError{"setenv", syscall.Errno(errno)}
	}
	return nil
}

func Unsetenv(key string) error {
	unsetenv(key)
	return nil
}

func Environ() []string

func Getpid() int

func Hostname() (name string, err error) {
	data, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	if len(data) > 0 && data[len(data)-1] == '\n' {
		data = data[:len(data)-1]
	}
	return string(data), nil
}

type DirEntry = fs.DirEntry

// readDir: the names in directory name and their st_mode type bits.
func readDir(name string) (names []string, types []uint32, errno int)

type dirEntry struct {
	dir  string
	name string
	typ  FileMode
}

func (d *dirEntry) Name() string               { return d.name }
func (d *dirEntry) IsDir() bool                { return d.typ.IsDir() }
func (d *dirEntry) Type() FileMode             { return d.typ }
func (d *dirEntry) Info() (FileInfo, error)    { return Lstat(d.dir + "/" + d.name) }
func (d *dirEntry) String() string             { return fs.FormatDirEntry(d) }

// ReadDir reads the named directory, sorted by file name.
func ReadDir(name string) ([]DirEntry, error) {
	names, types, errno := readDir(name)
	if errno != 0 {
		return nil, errnoError("open", name, errno)
	}
	list := make([]DirEntry, len(names))
	for i, n := range names {
		list[i] = &dirEntry{name, n, newFileStat(n, 0, types[i], 0, 0).mode.Type()}
	}
	sort.Slice(list, func(i, j int) bool { return list[i].Name() < list[j].Name() })
	return list, nil
}
