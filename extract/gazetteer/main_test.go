package gazetteer

import (
	"os"
	"testing"
)

// loadedAtStart records whether the data was loaded before any test ran,
// that is, during package initialisation.
var loadedAtStart bool

func TestMain(m *testing.M) {
	loadedAtStart = loaded.Load()
	os.Exit(m.Run())
}

func TestNotLoadedAtInit(t *testing.T) {
	if loadedAtStart {
		t.Fatal("the gazetteer was loaded during package initialisation")
	}
	if err := Load(); err != nil {
		t.Fatal(err)
	}
	if !loaded.Load() {
		t.Fatal("Load did not load")
	}
}
