package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Stopped
)

func transition(s State, ev string) (State, error) {
	switch s {
	case Idle:
		switch ev {
		case "start":
			return Running, nil
		}
	case Running:
		switch ev {
		case "stop":
			return Stopped, nil
		case "pause":
			return Idle, nil
		}
	case Stopped:
	default:
		return s, fmt.Errorf("unknown state %d", s)
	}
	return s, fmt.Errorf("bad event %q in state %d", ev, s)
}

func main() {
	s := Idle
	for _, ev := range []string{"start", "pause", "start", "jump", "stop", "start"} {
		ns, err := transition(s, ev)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(s, "->", ns)
		s = ns
	}
	_, err := transition(State(9), "x")
	fmt.Println(err)
}
