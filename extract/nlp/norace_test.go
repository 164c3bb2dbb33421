//go:build !race

package nlp

// raceEnabled reports whether the race detector is on; see
// TestNoModelLoadedPerCall.
const raceEnabled = false
