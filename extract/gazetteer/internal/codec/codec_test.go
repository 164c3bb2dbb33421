package codec

import (
	"testing"
)

func TestNormalize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Paris", "paris"},
		{"  New   York ", "new york"},
		{"Côte d'Ivoire", "cote divoire"},
		{"Côte d’Ivoire", "cote divoire"},
		{"U.S.", "us"},
		{"Guinea-Bissau", "guinea bissau"},
		{"Guinea–Bissau", "guinea bissau"},
		{"Sana'a", "sanaa"},
		{"‘Afrīn", "afrin"},
		{"Ḩamāh", "hamah"},
		{"Kramators’k", "kramatorsk"},
		{"São Tomé", "sao tome"},
		{"Reykjavík", "reykjavik"},
		{"Straße", "strasse"},
		{"Łódź", "lodz"},
		{"Ålesund", "alesund"},
		{"Færøerne", "faeroerne"},
		{"Diyarbakır", "diyarbakir"},
		{"Washington, D.C.", "washington dc"},
		{"Cocos (Keeling) Islands", "cocos keeling islands"},
		{"e\u0301te\u0301", "ete"}, // combining accents
		{"МОСКВА", "москва"},       // other scripts are lower-cased only
		{"", ""},
		{"...", ""},
	}
	for _, tt := range tests {
		if got := Normalize(tt.in); got != tt.want {
			t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAppendKeyJoinsPieces(t *testing.T) {
	tests := []struct {
		pieces []string
		want   string
	}{
		{[]string{"New", "York"}, "new york"},
		{[]string{"Guinea", "-", "Bissau"}, "guinea bissau"},
		{[]string{"Côte", "d", "'", "Ivoire"}, "cote d ivoire"},
		{[]string{"Khyber-Pakhtunkhwa"}, "khyber pakhtunkhwa"},
		{[]string{"U.S", "."}, "us"},
	}
	for _, tt := range tests {
		var buf []byte
		for _, p := range tt.pieces {
			buf, _ = AppendKey(buf, p)
		}
		if string(buf) != tt.want {
			t.Errorf("pieces %q give %q, want %q", tt.pieces, buf, tt.want)
		}
		var joined string
		for i, p := range tt.pieces {
			if i > 0 {
				joined += " "
			}
			joined += p
		}
		if n := Normalize(joined); n != tt.want {
			t.Errorf("Normalize(%q) = %q, want the joined key %q", joined, n, tt.want)
		}
	}
	if _, ok := AppendKey(nil, " - "); ok {
		t.Error("a hyphen contributes letters")
	}
	if _, ok := AppendKey(nil, "a"); !ok {
		t.Error("a letter contributes nothing")
	}
}

func TestCasePattern(t *testing.T) {
	tests := []struct {
		name string
		want uint8
	}{
		{"Paris", CaseInitial},
		{"New York", CaseInitial | CaseInitial<<2},
		{"US", CaseUpper},
		{"U.S.", CaseUpper},
		{"Rio de Janeiro", CaseInitial | CaseAny<<2 | CaseInitial<<4},
		{"les Escaldes", CaseAny | CaseInitial<<2},
		{"A", CaseInitial}, // one capital letter is no acronym
		{"1st Avenue", CaseAny | CaseInitial<<2},
	}
	for _, tt := range tests {
		if got := CasePattern(tt.name); got != tt.want {
			t.Errorf("CasePattern(%q) = %08b, want %08b", tt.name, got, tt.want)
		}
	}
}

func TestCaseMatches(t *testing.T) {
	tests := []struct {
		form   string
		pieces []string
		want   bool
	}{
		{"New York", []string{"New", "York"}, true},
		{"New York", []string{"NEW", "YORK"}, true},
		{"New York", []string{"new", "york"}, false},
		{"New York", []string{"New", "york"}, false},
		{"US", []string{"US"}, true},
		{"US", []string{"U.S."}, true},
		{"US", []string{"us"}, false},
		{"US", []string{"Us"}, false},
		{"Rio de Janeiro", []string{"Rio", "De", "Janeiro"}, true},
		{"Guinea-Bissau", []string{"Guinea", "-", "Bissau"}, true},
		{"Guinea-Bissau", []string{"Guinea-bissau"}, false},
		{"Pakistan", []string{"Pakistan's"}, true},
		{"Ḩamāh", []string{"Ḩamāh"}, true},
		{"Ḩamāh", []string{"ḩamāh"}, false},
	}
	for _, tt := range tests {
		if got := CaseMatches(CasePattern(tt.form), tt.pieces); got != tt.want {
			t.Errorf("CaseMatches(%q, %q) = %v, want %v", tt.form, tt.pieces, got, tt.want)
		}
	}
}

func TestMinPattern(t *testing.T) {
	us, commune := CasePattern("US"), CasePattern("Us")
	p := MinPattern(us, commune)
	if !CaseMatches(p, []string{"US"}) || !CaseMatches(p, []string{"Us"}) || CaseMatches(p, []string{"us"}) {
		t.Errorf("MinPattern(US, Us) = %08b: wrong matches", p)
	}
}

func TestHashBucketFingerprint(t *testing.T) {
	// The data file was built with these functions: a change would leave
	// every key unfindable, which the gazetteer's tests would also catch.
	if Hash("paris", 0) == Hash("paris", 1) {
		t.Error("the seed does not change the hash")
	}
	if Hash("paris", 0) != Hash([]byte("paris"), 0) {
		t.Error("string and []byte hash differently")
	}
	h := Hash("new york", 0)
	if b := Bucket(h, 18); b >= 1<<18 {
		t.Errorf("bucket %d out of range", b)
	}
	if Bucket(h, 0) != 0 {
		t.Error("a one-bucket table has a bucket other than 0")
	}
	if Fingerprint(h) != uint32(h) {
		t.Error("fingerprint is not the low bits")
	}
}

func TestVarints(t *testing.T) {
	var b []byte
	vals := []int64{0, 1, -1, 63, -64, 300, -300, 1 << 40, -(1 << 40)}
	for _, v := range vals {
		b = AppendVarint(b, v)
	}
	b = AppendString(b, "Kharkiv")
	b = AppendUvarint(b, 1<<63)
	r := &Reader{Data: string(b)}
	for _, v := range vals {
		if got := r.Varint(); got != v {
			t.Errorf("Varint = %d, want %d", got, v)
		}
	}
	if s := r.String(); s != "Kharkiv" {
		t.Errorf("String = %q", s)
	}
	if u := r.Uvarint(); u != 1<<63 {
		t.Errorf("Uvarint = %d", u)
	}
	if r.Err {
		t.Fatal("unexpected error")
	}
	r.Uvarint()
	if !r.Err {
		t.Error("reading past the end sets no error")
	}
	r = &Reader{Data: string(AppendUvarint(nil, 1000))}
	if _ = r.String(); !r.Err {
		t.Error("a string longer than the data sets no error")
	}
}
