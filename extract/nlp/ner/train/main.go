// Command train trains the part-of-speech tagger and the entity recognizer
// of package ner from the Groningen Meaning Bank extract (token, POS and
// IOB2 tag per line, a blank line between sentences) and writes the model
// files and their manifest.
//
//	go run ./extract/nlp/ner/train -data ../shared/eval/gmb-ner/train.tsv -out extract/nlp/ner/model
//
// Training is deterministic: the same data, flags and seed give the same
// bytes. With -holdout F the last share F of the sentences is kept out of
// training and scored (POS accuracy, entity P/R/F1 per type). Besides the
// GMB sentences, the recognizer learns from synthetic lines made of the
// training data's names (-sports: results tables and match reports;
// -datelines; copies in capitals and title case), see package ner.
// It takes about a minute on two cores; score the models afterwards with
//
//	go run ./extract/nlp/ner/eval -model extract/nlp/ner/model -record \
//	    ../shared/eval/conll2003-en ../shared/eval/wikigold ../shared/eval/sfm-nigeria-persons
package main

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"

	"github.com/newsx/newsx/extract/nlp/ner/internal/engine"
)

type sentence struct {
	words []string
	pos   []string
	tags  []string // converted BIO tags: B-PER, I-GEO, O ...
}

// Manifest describes a trained model pair; it is written next to the
// models as manifest.json.
type Manifest struct {
	FeatureVersion int               `json:"feature_version"`
	TrainingData   string            `json:"training_data"`
	TrainingSHA256 string            `json:"training_sha256"`
	Sentences      int               `json:"sentences"`
	Seed           uint64            `json:"seed"`
	POS            ModelInfo         `json:"pos"`
	NER            ModelInfo         `json:"ner"`
	CapsShare      float64           `json:"caps_augment_share"`
	TitleShare     float64           `json:"title_augment_share"`
	GivenNames     int               `json:"given_names"`
	CommonWords    int               `json:"common_words"`
	NamesSHA256    string            `json:"given_names_list_sha256,omitempty"`
	Datelines      int               `json:"synthetic_datelines"`
	Sports         int               `json:"synthetic_sports_lines"`
	NERRuns        int               `json:"ner_runs"`
	InitialsShare  float64           `json:"initials_augment_share"`
	HeadlineShare  float64           `json:"headline_augment_share"`
	Dropped        []string          `json:"dropped_gmb_types,omitempty"`
	Holdout        float64           `json:"holdout"`
	HoldoutScores  map[string]string `json:"holdout_scores,omitempty"`
	TrainSeconds   float64           `json:"train_seconds"`
	Dev            map[string]any    `json:"dev,omitempty"`
}

// ModelInfo describes one model file.
type ModelInfo struct {
	File   string   `json:"file"`
	SHA256 string   `json:"sha256"`
	Bits   uint     `json:"hash_bits"`
	Epochs int      `json:"epochs"`
	Labels []string `json:"labels"`
	Gaz    bool     `json:"gazetteer_features,omitempty"`
	UsePOS bool     `json:"pos_features,omitempty"`
}

func main() {
	data := flag.String("data", "../shared/eval/gmb-ner/train.tsv", "training data (token TAB POS TAB IOB2 tag)")
	out := flag.String("out", "extract/nlp/ner/model", "directory for pos.bin, ner.bin and manifest.json")
	seed := flag.Uint64("seed", 1, "random seed (shuffling, augmentation)")
	posEpochs := flag.Int("pos-epochs", 5, "POS training epochs")
	nerEpochs := flag.Int("ner-epochs", 8, "NER training epochs")
	posBits := flag.Uint("pos-bits", 16, "log2 of the POS model's weight rows")
	nerBits := flag.Uint("ner-bits", 17, "log2 of the NER model's weight rows")
	capsShare := flag.Float64("caps", 0.15, "share of sentences added again in capitals")
	titleShare := flag.Float64("title", 0.05, "share of sentences added again in title case")
	usePOS := flag.Bool("use-pos", false, "NER features include predicted POS tags")
	useGaz := flag.Bool("gaz", true, "NER features include gazetteer matches")
	holdout := flag.Float64("holdout", 0, "share of sentences (at the end) kept out and scored")
	names := flag.String("names", "extract/nlp/ner/train/names/given.txt", "list of given names, one a line (empty: none)")
	datelines := flag.Int("datelines", 3000, "synthetic dateline sentences (\"LONDON 1996-08-30\") to add")
	sports := flag.Int("sports", 6000, "synthetic lines of sports results and reports to add (NER only)")
	flag.Float64Var(&headlineShare, "headlines", 0.08, "share of sentences whose first words are added again as a headline (NER only)")
	flag.Float64Var(&initialsShare, "initials", 0.1, "share of sentences naming a person added again with initials for given names (NER only)")
	drop := flag.String("drop", "art,nat", "GMB entity types to leave out (tagged O), comma-separated")
	flag.IntVar(&nerRuns, "ner-runs", 3, "NER training runs (seeds seed, seed+1, …) whose weights are averaged")
	flag.IntVar(&parallel, "parallel", 2, "NER training runs at a time")
	flag.Parse()
	for _, t := range strings.Split(*drop, ",") {
		if t = strings.TrimSpace(t); t != "" {
			dropTypes[t] = true
		}
	}
	if err := run(*data, *out, *seed, *posEpochs, *nerEpochs, *posBits, *nerBits, *capsShare, *titleShare, *usePOS, *useGaz, *holdout, *names, *datelines, *sports); err != nil {
		fmt.Fprintln(os.Stderr, "train:", err)
		os.Exit(1)
	}
}

func run(dataPath, outDir string, seed uint64, posEpochs, nerEpochs int, posBits, nerBits uint, capsShare, titleShare float64, usePOS, useGaz bool, holdout float64, namesPath string, datelines, nSports int) error {
	began := time.Now()
	raw, err := os.ReadFile(dataPath)
	if err != nil {
		return err
	}
	sum := sha256.Sum256(raw)
	sents, err := parse(string(raw))
	if err != nil {
		return err
	}
	kept := sents[:0]
	dropped := 0
	for i := range sents {
		if convert(&sents[i]) {
			kept = append(kept, sents[i])
		} else {
			dropped++
		}
	}
	sents = kept
	logf("%d sentences dropped for names tagged as dates", dropped)
	nTest := int(holdout * float64(len(sents)))
	train, test := sents[:len(sents)-nTest], sents[len(sents)-nTest:]
	given := givenNames(train)
	namesSHA := ""
	if namesPath != "" {
		b, err := os.ReadFile(namesPath)
		if err != nil {
			return err
		}
		namesSHA = sha(b)
		for _, l := range strings.Split(string(b), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				given = append(given, engine.HashLower(l))
			}
		}
		slices.Sort(given)
		given = slices.Compact(given)
	}
	common := commonWords(train)
	logf("%d training sentences, %d held out, %d given names, %d common words", len(train), len(test), len(given), len(common))

	rng := rand.New(rand.NewPCG(seed, seed^0xa11ca95))
	aug := slices.Clone(train)
	for _, s := range train {
		x := rng.Float64()
		switch {
		case x < capsShare:
			aug = append(aug, recase(s, strings.ToUpper))
		case x < capsShare+titleShare:
			aug = append(aug, recase(s, titleCase))
		}
	}

	aug = append(aug, makeDatelines(train, datelines, rng)...)
	// The sports lines are for the recognizer only: their tags are rough.
	nerAug := append(slices.Clone(aug), makeSports(train, nSports, rng)...)
	nerAug = append(nerAug, makeInitials(train, initialsShare, rng)...)
	nerAug = append(nerAug, makeHeadlines(train, headlineShare, rng)...)

	// Label sets, in a fixed order.
	posLabels := labelSet(aug, func(s sentence) []string { return s.pos })
	nerLabels := labelSet(nerAug, func(s sentence) []string { return s.tags })
	posIndex, nerIndex := index(posLabels), index(nerLabels)

	var gaz engine.GazetteerFunc
	var flags uint32
	if usePOS {
		flags |= engine.FlagPOS
	}
	if useGaz {
		if gaz = gazetteerFunc(); gaz == nil {
			return fmt.Errorf("no gazetteer to train with")
		}
		flags |= engine.FlagGaz
	}

	words := make([][]string, len(aug))
	posTags := make([][]int, len(aug))
	for i, s := range aug {
		words[i] = s.words
		posTags[i] = indexes(s.pos, posIndex)
	}
	t0 := time.Now()
	posModel := engine.TrainPOS(words, posTags, posLabels, engine.TrainOptions{
		Bits: posBits, Epochs: posEpochs, Seed: seed,
		Progress: func(e int, acc float64) { logf("pos epoch %d: %.4f", e+1, acc) },
	})
	logf("pos trained in %s", time.Since(t0).Round(time.Millisecond))

	t0 = time.Now()
	tagger := engine.NewTagger(posModel)
	examples := make([]engine.NERExample, len(nerAug))
	for i, s := range nerAug {
		ex := engine.NERExample{Words: s.words, Labels: indexes(s.tags, nerIndex)}
		if usePOS {
			ex.POS = tagger(s.words)
		}
		examples[i] = ex
	}
	nerModel := engine.TrainNER(examples, nerLabels, engine.TrainOptions{
		Bits: nerBits, Epochs: nerEpochs, Seed: seed, Flags: flags, Gaz: gaz, Given: given, Common: common, Runs: nerRuns, Parallel: parallel,
		Progress: func(e int, acc float64) { logf("ner epoch %d: %.4f sentences right", e+1, acc) },
	})
	logf("ner trained in %s", time.Since(t0).Round(time.Millisecond))

	man := Manifest{
		FeatureVersion: engine.FeatureVersion, TrainingData: filepath.Base(dataPath),
		TrainingSHA256: hex.EncodeToString(sum[:]), Sentences: len(train), Seed: seed,
		CapsShare: capsShare, TitleShare: titleShare, GivenNames: len(given), CommonWords: len(common), Holdout: holdout,
		NamesSHA256: namesSHA, Datelines: datelines, Sports: nSports, Dropped: sortedKeys(dropTypes), NERRuns: nerRuns, InitialsShare: initialsShare, HeadlineShare: headlineShare,
	}
	if len(test) > 0 {
		man.HoldoutScores = score(posModel, nerModel, gaz, test)
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return err
	}
	posBytes, nerBytes := posModel.Marshal(), nerModel.Marshal()
	man.POS = ModelInfo{File: "pos.bin", SHA256: sha(posBytes), Bits: posBits, Epochs: posEpochs, Labels: posLabels}
	man.NER = ModelInfo{File: "ner.bin", SHA256: sha(nerBytes), Bits: nerBits, Epochs: nerEpochs, Labels: nerLabels, Gaz: useGaz, UsePOS: usePOS}
	if err := os.WriteFile(filepath.Join(outDir, "pos.bin"), posBytes, 0o644); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(outDir, "ner.bin"), nerBytes, 0o644); err != nil {
		return err
	}
	man.TrainSeconds = time.Since(began).Round(time.Second).Seconds()
	// keep dev scores recorded by the eval command for the same models
	if old, err := os.ReadFile(filepath.Join(outDir, "manifest.json")); err == nil {
		var prev Manifest
		if json.Unmarshal(old, &prev) == nil && prev.NER.SHA256 == man.NER.SHA256 && prev.POS.SHA256 == man.POS.SHA256 {
			man.Dev = prev.Dev
		}
	}
	js, _ := json.MarshalIndent(man, "", "  ")
	if err := os.WriteFile(filepath.Join(outDir, "manifest.json"), append(js, '\n'), 0o644); err != nil {
		return err
	}
	logf("wrote %s (pos %d bytes, ner %d bytes) in %s", outDir, len(posBytes), len(nerBytes), time.Since(began).Round(time.Second))
	return nil
}

func logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

func parse(text string) ([]sentence, error) {
	var out []sentence
	var cur sentence
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := sc.Text()
		if l == "" {
			if len(cur.words) > 0 {
				out = append(out, cur)
			}
			cur = sentence{}
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 3 {
			return nil, fmt.Errorf("line %d: want 3 tab-separated fields, have %d", line, len(f))
		}
		cur.words = append(cur.words, f[0])
		cur.pos = append(cur.pos, f[1])
		cur.tags = append(cur.tags, f[2])
	}
	if len(cur.words) > 0 {
		out = append(out, cur)
	}
	return out, sc.Err()
}

// convert maps GMB tags to the model's types and fixes the spans where GMB
// and the news convention differ:
//   - per spans lose leading titles ("President", "Mr.", "Prime Minister",
//     "Secretary of State"); a span of titles alone is dropped;
//   - leading "The"/"the" leaves every span;
//   - gpe spans are NORP when they end in an adjective or a plural or
//     common noun ("British", "Iraqis"), GEO (places) otherwise;
//   - tim, eve, art and nat become DATE, EVENT, ART and NAT;
//   - the types in dropTypes are left out (tagged O).
//
// It reports false for a sentence to leave out: one where a capitalised
// word that is no month, weekday or holiday is tagged as part of a date
// ("Darfur", "Moscow"), a tagging error in the source.
func convert(s *sentence) bool {
	keep := true
	n := len(s.words)
	out := make([]string, n)
	for i := range out {
		out[i] = "O"
	}
	for i := 0; i < n; {
		t, ok := strings.CutPrefix(s.tags[i], "B-")
		if !ok {
			if t2, ok2 := strings.CutPrefix(s.tags[i], "I-"); ok2 {
				t, ok = t2, true // IOB2 damage: I- without B- starts a span
			}
		}
		if !ok {
			i++
			continue
		}
		j := i + 1
		for j < n && s.tags[j] == "I-"+t {
			j++
		}
		lo := i
		for lo < j-1 && strings.EqualFold(s.words[lo], "the") {
			lo++
		}
		if dropTypes[t] {
			i = j
			continue
		}
		typ := ""
		switch t {
		case "per":
			typ = "PER"
			for lo < j && (engine.IsTitle(s.words[lo]) || isLowerWord(s.words[lo]) || extraTitle[strings.ToLower(s.words[lo])]) {
				lo++
			}
		case "org":
			typ = "ORG"
		case "geo":
			typ = "GEO"
		case "gpe":
			typ = "GEO"
			switch s.pos[j-1] {
			case "JJ", "NNS", "NNPS", "NN":
				typ = "NORP"
			}
		case "tim":
			typ = "DATE"
			for k := lo; k < j; k++ {
				if k > 0 && unicode.IsUpper([]rune(s.words[k])[0]) && !engine.IsDateWord(s.words[k]) {
					keep = false
				}
			}
		case "eve":
			typ = "EVENT"
		case "art":
			typ = "ART"
		case "nat":
			typ = "NAT"
		}
		if typ != "" && lo < j {
			out[lo] = "B-" + typ
			for k := lo + 1; k < j; k++ {
				out[k] = "I-" + typ
			}
		}
		i = j
	}
	s.tags = out
	return keep
}

// nerRuns, parallel, initialsShare and headlineShare are -ner-runs,
// -parallel, -initials and -headlines.
var (
	nerRuns, parallel            int
	initialsShare, headlineShare float64
)

// dropTypes are the GMB types left out of training (-drop).
var dropTypes = map[string]bool{}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

var extraTitle = map[string]bool{"of": true, "state": true, "foreign": true, "defense": true, "defence": true,
	"interior": true, "finance": true, "affairs": true, "-": true, "former": true, "acting": true}

func isLowerWord(w string) bool {
	for _, r := range w {
		return unicode.IsLower(r)
	}
	return false
}

// givenNames returns the hashes of words that open person names of two or
// more words at least twice, and open a person name in at least half of
// their occurrences.
func givenNames(sents []sentence) []uint64 {
	opens, seen := map[string]int{}, map[string]int{}
	for _, s := range sents {
		for i, w := range s.words {
			seen[w]++
			if s.tags[i] == "B-PER" && i+1 < len(s.words) && s.tags[i+1] == "I-PER" {
				opens[w]++
			}
		}
	}
	var out []uint64
	for w, k := range opens {
		if k >= 2 && 2*k >= seen[w] && unicode.IsUpper([]rune(w)[0]) {
			out = append(out, engine.HashLower(w))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// commonWords returns the hashes of the words the training sentences write
// in lower case at least twice and at least four times as often as with a
// capital (first words of sentences not counted): "rains", "as", "continue"
// but not "bush" or "turkey". A headline in capitals loses case; the list
// keeps what the case would have said.
func commonWords(sents []sentence) []uint64 {
	lower, upper := map[string]int{}, map[string]int{}
	for _, s := range sents {
		for i, w := range s.words {
			r := []rune(w)
			if i == 0 || !unicode.IsLetter(r[0]) {
				continue
			}
			l := strings.ToLower(w)
			if unicode.IsLower(r[0]) {
				lower[l]++
			} else {
				upper[l]++
			}
		}
	}
	var out []uint64
	for w, n := range lower {
		if n >= 2 && n >= 4*upper[w] {
			out = append(out, engine.HashLower(w))
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

func recase(s sentence, f func(string) string) sentence {
	c := sentence{words: make([]string, len(s.words)), pos: s.pos, tags: s.tags}
	for i, w := range s.words {
		c.words[i] = f(w)
	}
	return c
}

// titleCase capitalises words of four or more letters, as headlines do.
func titleCase(w string) string {
	rs := []rune(w)
	if len(rs) < 4 || !unicode.IsLower(rs[0]) {
		return w
	}
	rs[0] = unicode.ToUpper(rs[0])
	return string(rs)
}

func labelSet(sents []sentence, get func(sentence) []string) []string {
	set := map[string]bool{}
	for _, s := range sents {
		for _, t := range get(s) {
			set[t] = true
		}
	}
	out := make([]string, 0, len(set))
	for t := range set {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

func index(labels []string) map[string]int {
	m := make(map[string]int, len(labels))
	for i, l := range labels {
		m[l] = i
	}
	return m
}

func indexes(tags []string, idx map[string]int) []int {
	out := make([]int, len(tags))
	for i, t := range tags {
		out[i] = idx[t]
	}
	return out
}

// gazetteerFunc is the gazetteer feature hook.
func gazetteerFunc() engine.GazetteerFunc { return engine.Gazetteer }
