package casualties

import "strings"

// Victim groups as the record names them.
const (
	vgCivilians = "civilians"
	vgSecurity  = "security_forces"
	vgMilitants = "militants"
	vgMixed     = "mixed"
	vgUnknown   = "unknown"
)

// classify finds the group of the victims ws[s:e] whose head noun is h.
//
// The head noun gives the group (soldiers, militants, civilians); the
// modifiers refine it: "rebel forces" are militants, "regime fighters" are
// security forces, "pro-government militias" are militants (armed groups on
// the government's side), "Syrian regime and rebel fighters" are mixed. A
// generic head ("people", "men", "members") stays generic unless a modifier
// names a side ("Hizballah members" are militants).
func classify(ws []word, s, e, h int) group {
	var state, armed, pro, and, civ bool
	var heads [8]group
	nh := 0
	for k := s; k < e; k++ {
		w := &ws[k]
		if w.is(kStateMod) {
			state = true
		}
		if w.is(kArmedMod) || w.is(kGroupName) || armedName(w) {
			armed = true
		}
		if w.is(kCivMod) {
			civ = true
		}
		if strings.HasPrefix(w.low, "pro-") {
			pro = true
		}
		if w.low == "and" || w.low == "&" {
			and = true
		}
		if k != h && w.is(kPerson) && nh < len(heads) {
			heads[nh] = w.e.group
			nh++
		}
	}
	// "Islamic State": one name over two words
	for k := s; k+1 < e; k++ {
		if ws[k].low == "islamic" && ws[k+1].low == "state" {
			armed = true
			if k+1 != h {
				state = false
			}
		}
	}
	g := gGeneric
	if h >= 0 && ws[h].e != nil {
		g = ws[h].e.group
	}
	// person nouns used as modifiers ("police officers", "militia members")
	for _, m := range heads[:nh] {
		switch m {
		case gSecurity:
			state = true
		case gMilitant:
			armed = true
		}
	}
	switch g {
	case gSecurity:
		if armed && and {
			return gArmedMixed
		}
		if armed && !state && !pro {
			return gMilitant
		}
		return gSecurity
	case gForces:
		switch {
		case armed && state && and:
			return gArmedMixed
		case pro:
			return gSecurity
		case armed:
			return gMilitant
		}
		return gSecurity
	case gArmed:
		switch {
		case pro:
			return gMilitant
		case state && armed && and:
			return gArmedMixed
		case state:
			return gSecurity
		}
		return gMilitant
	case gMilitant:
		if state && and && !pro {
			return gArmedMixed
		}
		return gMilitant
	case gCivilian:
		return gCivilian
	case gNone: // guards
		if state {
			return gSecurity
		}
		return gGeneric
	}
	// generic heads
	switch {
	case civ:
		return gCivilian
	case armed && state && and:
		return gArmedMixed
	case armed:
		return gMilitant
	case state && !pro && ws[h].low != "officials" && ws[h].low != "official":
		return gSecurity
	}
	return gGeneric
}

// gArmedMixed is the group of victims named from both sides at once.
const gArmedMixed group = 100

// armedName recognises armed-group names written in capitals that are
// ordinary words in lower case ("IS").
func armedName(w *word) bool {
	switch w.text {
	case "IS", "ISIS", "ISIL", "IS-K", "ISKP", "HTS", "JNIM", "M23", "ADF", "AQAP", "AQIM", "TTP", "BLA", "BLF",
		"PKK", "YPG", "YPJ", "SDF", "FSA", "FARC", "ELN", "RSF", "ISWAP":
		return true
	}
	return false
}

// groupName maps a group to the record's victim_group.
func groupName(g group) string {
	switch g {
	case gCivilian:
		return vgCivilians
	case gSecurity:
		return vgSecurity
	case gMilitant:
		return vgMilitants
	case gArmedMixed:
		return vgMixed
	}
	return vgUnknown
}
