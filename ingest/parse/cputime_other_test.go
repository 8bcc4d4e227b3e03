//go:build !unix

package parse

import "time"

func cpuTime() (time.Duration, bool) { return 0, false }
