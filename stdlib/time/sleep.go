package time

// Sleep pauses the current goroutine for at least the duration d (parks it on the timer
// heap; no thread blocks). A negative or zero duration returns immediately.
func Sleep(d Duration)

// runtimeTimer is a C timer (natives_time.c: a runtime/timer.h Timer with the channel or
// function it delivers to). Go code only passes the pointer around.
type runtimeTimer struct {
	_ int
}

// startTimer arms a timer that sends the current time on c (without blocking: a full
// channel drops the value, as Go 1.22 does) after d, then every period if period > 0.
func startTimer(c chan Time, d int64, period int64, loc *Location) *runtimeTimer

// startFuncTimer arms a timer that calls f in a new goroutine after d.
func startFuncTimer(f func(), d int64) *runtimeTimer

// stopTimer disarms r; it reports whether r was armed.
func stopTimer(r *runtimeTimer) bool

// resetTimer re-arms r to fire after d (then every period if > 0); it reports whether r
// was armed.
func resetTimer(r *runtimeTimer, d int64, period int64) bool

// The Timer type represents a single event. When the Timer expires, the current time will
// be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTimer creates a new Timer that will send the current time on its channel after at
// least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: startTimer(c, int64(d), 0, Local)}
}

// Stop prevents the Timer from firing. It returns true if the call stops the timer, false
// if the timer has already expired or been stopped. Stop does not drain the channel.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(t.r)
}

// Reset changes the timer to expire after duration d. It returns true if the timer had
// been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(t.r, int64(d), 0)
}

// After waits for the duration to elapse and then sends the current time on the returned
// channel. It is equivalent to NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own goroutine. It
// returns a Timer that can be used to cancel the call using its Stop method.
func AfterFunc(d Duration, f func()) *Timer {
	return &Timer{r: startFuncTimer(f, int64(d))}
}

// A Ticker holds a channel that delivers “ticks” of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTicker returns a new Ticker containing a channel that will send the current time on
// the channel after each tick. The period of the ticks is specified by the duration
// argument; ticks are dropped to make up for slow receivers. d must be greater than zero.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: startTimer(c, int64(d), int64(d), Local)}
}

// Stop turns off a ticker. After Stop, no more ticks will be sent. Stop does not close the
// channel.
func (t *Ticker) Stop() {
	if t.r != nil {
		stopTimer(t.r)
	}
}

// Reset stops a ticker and resets its period to the specified duration. The next tick will
// arrive after the new period elapses. d must be greater than zero.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, int64(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the ticking channel only.
// It returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
