// Package sync: mutexes, wait groups, once, condition variables. Blocking
// parks the process (runtime natives in stdlib/sync.c), never the worker.
package sync

type Locker interface {
	Lock()
	Unlock()
}

// Mutex: state 0 unlocked, 1 locked, 2 locked with waiters; w is the
// runtime's wait queue, created on first contention; holder, fn and pc say
// which goroutine locked it where (for deadlock reports).
type Mutex struct {
	state  int
	w      *byte
	holder int
	fn, pc *byte
}

func (m *Mutex) Lock()
func (m *Mutex) Unlock()
func (m *Mutex) TryLock() bool

type RWMutex struct {
	w *byte
}

func (rw *RWMutex) Lock()
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RLocker() Locker { return rlocker{rw} }

type rlocker struct{ rw *RWMutex }

func (r rlocker) Lock()   { r.rw.RLock() }
func (r rlocker) Unlock() { r.rw.RUnlock() }

type WaitGroup struct {
	w *byte
}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done() { wg.Add(-1) }
func (wg *WaitGroup) Wait()
func (wg *WaitGroup) Go(f func()) {
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
	}()
}

type Once struct {
	done bool
	m    Mutex
}

func (o *Once) Do(f func()) {
	if !o.done {
		o.doSlow(f)
	}
	o.raceAcquire()
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if !o.done {
		defer o.setDone()
		f()
	}
}

func (o *Once) setDone() {
	o.raceRelease()
	o.done = true
}

// With --race, f's effects happen before every Do returns (Go reads done
// atomically); natives in stdlib/sync.c, nothing without --race.
func (o *Once) raceAcquire()
func (o *Once) raceRelease()

func OnceFunc(f func()) func() {
	var once Once
	return func() { once.Do(f) }
}

type Cond struct {
	L Locker
	w *byte
}

func NewCond(l Locker) *Cond { return &Cond{L: l} }

func (c *Cond) Wait() {
	t := c.enqueue()
	c.L.Unlock()
	c.park(t)
	c.L.Lock()
}

func (c *Cond) enqueue() *byte
func (c *Cond) park(t *byte)
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// Map is a concurrent map (tier 2): a mutex around a Go map.
type Map struct {
	mu Mutex
	m  map[any]any
}

func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, ok = m.m[key]
	return
}

func (m *Map) Store(key, value any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
}

func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok {
		return v, true
	}
	if m.m == nil {
		m.m = map[any]any{}
	}
	m.m[key] = value
	return value, false
}

func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	value, loaded = m.m[key]
	delete(m.m, key)
	return
}

func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.m == nil {
		m.m = map[any]any{}
	}
	previous, loaded = m.m[key]
	m.m[key] = value
	return
}

// CompareAndSwap stores new for key if its value is old (== on any: an
// uncomparable old panics, as in Go).
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	m.m[key] = new
	return true
}

func (m *Map) CompareAndDelete(key, old any) (deleted bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	v, ok := m.m[key]
	if !ok || v != old {
		return false
	}
	delete(m.m, key)
	return true
}

func (m *Map) Delete(key any) {
	m.mu.Lock()
	defer m.mu.Unlock()
	delete(m.m, key)
}

func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			break
		}
	}
}

// Pool (tier 2): a free list guarded by a mutex.
type Pool struct {
	New   func() any
	mu    Mutex
	items []any
}

func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}
