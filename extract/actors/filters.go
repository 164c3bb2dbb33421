package actors

import "github.com/newsx/newsx/extract/gazetteer"

// placeLike reports whether the name at tokens [s, e), which the
// recognizer took for a person or an organisation, is used as a place, a
// natural feature, a road or a storm: a dateline ("MILWAUKEE —"), "the
// Urabá region", "the village of Kwanar Dutsi", "in El Obeid", "Bannu,
// Lakki Marwat and North Waziristan", "Mount Elgon", "Cyclone Freddy".
func (f *finder) placeLike(s, e int) bool {
	return f.placeUse(s, e, false)
}

// placeUse is placeLike; for a person's name, a last word such as "Hill"
// or "Park" is a surname, not a feature.
func (f *finder) placeUse(s, e int, person bool) bool {
	first, last := &f.toks[s], &f.toks[e-1]
	lo, hi := f.sentBegin(s), f.sentEnd(s)
	if geoWords[first.lower] || !person && geoWords[last.lower] && last.isCap() {
		return true
	}
	prev, prev2 := "", ""
	if s > lo {
		prev = f.toks[s-1].lower
	}
	if s-1 > lo {
		prev2 = f.toks[s-2].lower
	}
	if geoWords[prev] && prev != "road" && prev != "street" {
		return true // "Cyclone Nandiya"
	}
	// A dateline: "MILWAUKEE —", "GUSAU, Nigeria —".
	if first.flags&tSentStart != 0 && first.flags&tUpper != 0 && first.sent < 3 && e < hi {
		switch f.toks[e].text {
		case ",", "—", "–", "-":
			return true
		}
	}
	if e < hi {
		nx := &f.toks[e]
		if nx.flags&tLower != 0 && placeNouns[nx.lower] {
			return true // "Purworejo regency"
		}
		if (nx.text == "–" || nx.text == "-" || nx.text == "—") && e+1 < hi && f.toks[e+1].isCap() && len(gazetteer.Lookup(f.text(s, e))) > 0 {
			return true // "the Gusau–Funtua road"
		}
	}
	if prev == "of" && placeNouns[prev2] {
		return true // "the village of Kwanar Dutsi"
	}
	known := func() bool {
		if _, ok := f.dmStarting(s); ok {
			return true
		}
		return len(gazetteer.Lookup(f.text(s, e))) > 0
	}
	switch prev {
	case "in", "at", "near", "across", "around", "outside", "inside", "into", "throughout":
		if known() {
			return true
		}
	case "from", "to", "toward", "towards", "via", "between", "on", "of":
		// Weaker: "to Clinton", "of Dole" are people as often as not.
		if !person && known() {
			return true
		}
	case ",", "and", "or":
		// In a list of places: "Quetta, Gwadar, Mastung and Noshki".
		if s-2 >= lo {
			if k := f.entAt[s-2]; k > 0 {
				switch f.ents[k-1].label {
				case "GPE", "LOC":
					return known()
				}
			}
		}
	}
	if e < hi && (f.toks[e].lower == "," || f.toks[e].lower == "and") && e+1 < hi {
		if k := f.entAt[e+1]; k > 0 {
			switch f.ents[k-1].label {
			case "GPE", "LOC":
				return s > lo && f.toks[s-1].class&wPrep != 0 && known()
			}
		}
	}
	return false
}

// placeName reports whether tokens [s, e) are the whole name of a
// country or of a region the gazetteer lists ("Russian Federation", "West
// Bank"), which head nouns would otherwise make an organisation.
func (f *finder) placeName(s, e int) bool {
	if m, ok := f.dmStarting(s); ok && m.e == e {
		for _, en := range m.entries {
			if en.kind == eCountry {
				return true
			}
		}
	}
	if e-s < 2 {
		return false
	}
	text := f.text(s, e)
	for _, p := range gazetteer.Lookup(text) {
		if (p.Kind == gazetteer.KindRegion || p.Kind == gazetteer.KindCountry || p.Kind == gazetteer.KindAdmin1 || p.Kind == gazetteer.KindAdmin2) && gazetteer.Normalize(p.Name) == gazetteer.Normalize(text) {
			return true
		}
	}
	return false
}

// facilityModifier reports whether a name is used to qualify a building
// ("Sally Mugabe hospitals", "Moi Avenue").
func (f *finder) facilityModifier(e int) bool {
	if e >= len(f.toks) || f.toks[e].sent != f.toks[e-1].sent {
		return false
	}
	nx := &f.toks[e]
	switch nx.lower {
	case "hospital", "hospitals", "school", "schools", "airport", "stadium", "street", "road", "avenue",
		"bridge", "market", "hotel", "mosque", "church", "university", "camp", "barracks", "foundation":
		return true
	}
	return false
}

// namedThingWords end the names of buildings, prizes and the like that
// carry a person's name ("Doyt Perry Stadium", "Stanley Cup", "Carnegie
// Hall").
var namedThingWords = map[string]bool{
	"stadium": true, "hall": true, "library": true, "tower": true, "house": true, "center": true,
	"centre": true, "building": true, "museum": true, "cup": true, "award": true, "awards": true,
	"prize": true, "trophy": true, "memorial": true, "foundation": true, "institute": true,
	"hospital": true, "school": true, "college": true, "university": true, "airport": true,
	"street": true, "road": true, "avenue": true, "bridge": true, "park": true, "square": true,
	"doctrine": true,
}

// partOfLongerName reports whether a person's name at [s, e) is the start
// of the name of a thing ("Doyt Perry Stadium") or ends in such a word.
func (f *finder) partOfLongerName(s, e int) bool {
	if namedThingWords[f.toks[e-1].lower] && e-s > 1 {
		return true
	}
	if e < len(f.toks) && f.toks[e].sent == f.toks[s].sent && f.toks[e].isCap() && namedThingWords[f.toks[e].lower] {
		return true
	}
	return false
}

// personCue reports whether the capitalised words [s, e) are a person's
// name by their context: a title before them ("Dr Halima Nur Ali",
// "Superintendent Haruna Bello Adamu"), a role and a comma before them
// ("Its coordinator, Sylvie Ngo Mbock,"), or a comma and a role after
// them ("Mykola Hrytsenko, the head of").
func (f *finder) personCue(s, e int) bool {
	if e-s < 2 || e-s > 5 {
		return false
	}
	lo, hi := f.sentBegin(s), f.sentEnd(s)
	if s > lo {
		p := &f.toks[s-1]
		if p.isCap() && p.class&(wRank|wHonorific|wMilRank) != 0 {
			return true
		}
		switch p.lower {
		case "name", "named", "alias", "pseudonym", "nom":
			return true // "who uses the name Qari Aslam Mansoor"
		}
		if p.text == "," {
			for q, n := s-2, 0; q >= lo && n < 6; q, n = q-1, n+1 {
				t := &f.toks[q]
				if t.class&wRole != 0 {
					return true
				}
				if t.flags&tPunct != 0 || isVerbLike(t) && t.class&(wRole|wMod) == 0 {
					break
				}
			}
		}
	}
	if e+1 < hi && f.toks[e].text == "," {
		q := e + 1
		if f.toks[q].class&wDet != 0 {
			q++
		}
		for n := 0; q < hi && n < 4; q, n = q+1, n+1 {
			t := &f.toks[q]
			if t.class&wRole != 0 && t.flags&tLower != 0 {
				return true
			}
			if n == 0 && t.flags&tDigit != 0 && t.flags&tLetter == 0 && len(t.text) <= 3 && q+1 < hi && f.toks[q+1].text == "," {
				return true // an age: "Sri Wahyuni, 45,"
			}
			if t.flags&tPunct != 0 {
				break
			}
		}
	}
	return false
}

// cuePersons finds the people the recognizer missed whose context says
// they are people (see personCue): runs of two to five capitalised words
// that no rule and no entity claimed.
func (f *finder) cuePersons() {
	for i := 0; i < len(f.toks); i++ {
		if !f.nameToken(i, f.toks[i].sent) || f.entAt[i] > 0 || !f.casedName(i) {
			continue
		}
		if _, ok := f.dmStarting(i); ok {
			continue
		}
		j := i + 1
		for j < len(f.toks) && j < i+5 && f.nameToken(j, f.toks[i].sent) && f.entAt[j] == 0 {
			if _, ok := f.dmStarting(j); ok {
				break
			}
			j++
		}
		j = f.extendParticles(j)
		if j-i >= 2 && f.personCue(i, j) && f.personWorthy(i, j) && !f.placeLike(i, j) && !f.partOfLongerName(i, j) {
			f.addMention(mention{s: i, e: j, cl: -1, person: true})
		}
		i = j - 1
	}
	// Names the recognizer took for places though no list knows them as
	// places: "Mykola Hrytsenko, the head of".
	for _, en := range f.ents {
		if en.label != "LOC" && en.label != "GPE" || en.e-en.s < 2 || !f.free(en.s, en.e) {
			continue
		}
		ok := true
		for i := en.s; i < en.e; i++ {
			t := &f.toks[i]
			word := t.isCap() && t.class&(wCommon|wTime|wOrgHead|wRole|wRank|wNORP) == 0 && t.flags&tDigit == 0
			if !word && !(i > en.s && particleJoined(t.text)) {
				ok = false
			}
			if _, isDict := f.dmStarting(i); isDict || f.dmAt[i] > 0 {
				ok = false
			}
		}
		if !ok || !f.personCue(en.s, en.e) || f.partOfLongerName(en.s, en.e) || len(gazetteer.Lookup(f.text(en.s, en.e))) > 0 {
			continue
		}
		f.addMention(mention{s: en.s, e: en.e, cl: -1, person: true})
	}
}

// extendParticles extends a name ending before e over the Arabic and
// other particles that join its last words ("Osman Hamid el-Nur", "Ali
// bin Hassan").
func (f *finder) extendParticles(e int) int {
	for e < len(f.toks) && f.toks[e].sent == f.toks[e-1].sent && f.owner[e] < 0 {
		t := &f.toks[e]
		if t.flags&tLower != 0 && particleJoined(t.text) {
			e++
			continue
		}
		if t.class&wParticle != 0 && t.flags&tLower != 0 && e+1 < len(f.toks) && f.toks[e+1].isCap() && f.toks[e+1].class == 0 && f.owner[e+1] < 0 {
			e += 2
			continue
		}
		break
	}
	return e
}

// particleJoined reports whether a word is a particle joined by a hyphen
// to a capitalised name: "el-Nur", "al-Bashir", "ad-Din".
func particleJoined(w string) bool {
	for _, p := range []string{"el-", "al-", "ad-", "ud-", "ul-", "an-", "ar-", "as-", "ash-", "at-", "az-", "bin-", "abu-"} {
		if len(w) > len(p) && w[:len(p)] == p && w[len(p)] >= 'A' && w[len(p)] <= 'Z' {
			return true
		}
	}
	return false
}
