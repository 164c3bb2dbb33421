package view

import (
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/newsx/newsx/extract/record"
)

// TextOptions control the terminal summary.
type TextOptions struct {
	// Color turns on a few ANSI styles (bold headings, yellow and red for
	// warnings and errors, dim secondary details). The caller decides: a
	// terminal on standard output and no NO_COLOR. False writes no escape
	// byte at all.
	Color bool
	// Width is the wrap width in terminal columns. Zero or less means 80;
	// widths below 20 are treated as 20.
	Width int
}

// Text writes a readable summary of one record to w: a header with the
// title and the input's details, the record's warnings, then places,
// actors, casualty figures and claims (claims grouped by kind). Sections
// without entries are left out. A failed record shows its id and error
// only.
//
// Every summary ends with an empty line, so summaries written one after
// the other are separated by a blank line. Text that comes from the
// article is cleaned of control characters and terminal escape sequences
// before it is written. The summary is written with a single Write; the
// error is the writer's.
func Text(w io.Writer, rec *record.Record, opt TextOptions) error {
	if rec == nil {
		return errors.New("view: nil record")
	}
	p := &txtPrinter{color: opt.Color, width: opt.Width}
	if p.width <= 0 {
		p.width = 80
	}
	if p.width < txtMinWidth {
		p.width = txtMinWidth
	}
	if rec.Error != nil {
		txtFailed(p, rec)
	} else {
		txtRecord(p, rec)
	}
	p.buf.WriteByte('\n')
	_, err := w.Write(p.buf.Bytes())
	return err
}

// txtMinWidth is the narrowest layout Text produces; below it indented
// lines would have no room left for words.
const txtMinWidth = 20

// Indentation of the layout, in columns.
const (
	txtItemIndent  = 2 // entries under a section heading
	txtItemHang    = 4 // continuation lines of an entry
	txtGroupIndent = 2 // claim-kind subheadings
	txtClaimIndent = 4 // claims under a subheading
	txtClaimHang   = 6
	txtClaimLines  = 4 // a claim is ellipsised after this many lines
)

func txtFailed(p *txtPrinter, rec *record.Record) {
	p.para(0, 0, 0, txtSeg{rec.ID, txtBold})
	msg := "error (" + rec.Error.Kind + "): " + rec.Error.Message
	p.para(txtItemIndent, txtItemHang, 0, txtSeg{msg, txtRed})
}

func txtRecord(p *txtPrinter, rec *record.Record) {
	txtHeader(p, rec)
	txtWarnings(p, rec)
	txtPlaces(p, rec)
	txtActors(p, rec)
	txtCasualties(p, rec)
	txtClaims(p, rec)
}

func txtHeader(p *txtPrinter, rec *record.Record) {
	title := deref(rec.Title)
	if txtBlank(title) {
		title = rec.ID
	}
	p.para(0, 0, 0, txtSeg{title, txtBold})

	var meta []string
	if title != rec.ID {
		meta = append(meta, rec.ID)
	}
	src := rec.Source.Kind
	for _, s := range []string{rec.Source.Path, rec.Source.URL} {
		if s != "" && s != rec.ID {
			src = joinText(" ", src, s)
		}
	}
	meta = append(meta, src, deref(rec.Site), deref(rec.Published), deref(rec.Lang))
	if line := joinText(" · ", meta...); line != "" {
		p.para(0, 0, 0, txtSeg{line, txtDim})
	}
	if by := joinText(", ", rec.Authors...); by != "" {
		p.para(0, 0, 0, txtSeg{"by " + by, txtDim})
	}
}

func txtWarnings(p *txtPrinter, rec *record.Record) {
	if len(rec.Warnings) == 0 {
		return
	}
	p.heading("Warnings", len(rec.Warnings), txtBold|txtYellow)
	for _, w := range rec.Warnings {
		segs := []txtSeg{
			{"! ", txtBold | txtRed},
			{w.Kind + ":", txtBold | txtYellow},
			{" " + w.Message, 0},
		}
		if len(w.Refs) > 0 {
			segs = append(segs, txtSeg{" (" + strings.Join(w.Refs, ", ") + ")", txtDim})
		}
		p.para(txtItemIndent, txtItemHang, 0, segs...)
	}
}

func txtPlaces(p *txtPrinter, rec *record.Record) {
	if len(rec.Places) == 0 {
		return
	}
	p.heading("Places", len(rec.Places), txtBold)
	for _, pl := range rec.Places {
		admin1 := deref(pl.Admin1)
		if admin1 == pl.Name {
			admin1 = "" // a province's own entry need not repeat its name
		}
		details := []string{pl.Kind, joinText(", ", admin1, deref(pl.Country)), txtCount(len(pl.Mentions), "mention")}
		if pl.Lat == nil || pl.Lon == nil {
			details = append(details, "no coordinates")
		}
		p.para(txtItemIndent, txtItemHang, 0,
			txtSeg{pl.Name, 0},
			txtSeg{txtDetails(details...), txtDim})
	}
}

func txtActors(p *txtPrinter, rec *record.Record) {
	if len(rec.Actors) == 0 {
		return
	}
	p.heading("Actors", len(rec.Actors), txtBold)
	for _, a := range rec.Actors {
		details := []string{strings.ReplaceAll(a.Kind, "_", " "), joinText(", ", a.Titles...), deref(a.Affiliation), deref(a.Country)}
		if aka := joinText(", ", a.Aliases...); aka != "" {
			details = append(details, "aka "+aka)
		}
		p.para(txtItemIndent, txtItemHang, 0,
			txtSeg{a.Name, 0},
			txtSeg{txtDetails(details...), txtDim})
	}
}

func txtCasualties(p *txtPrinter, rec *record.Record) {
	if len(rec.Casualties) == 0 {
		return
	}
	p.heading("Casualties", len(rec.Casualties), txtBold)
	for _, c := range rec.Casualties {
		victims := c.Victims
		if txtBlank(victims) {
			victims = "people"
		}
		segs := []txtSeg{
			{c.ID + " ", txtDim},
			{figureText(c), txtBold},
			{" " + victims + " " + c.Outcome, 0},
		}
		if g := strings.ReplaceAll(c.VictimGroup, "_", " "); g != "" && c.VictimGroup != "unknown" && g != victims {
			segs = append(segs, txtSeg{" (" + g + ")", txtDim})
		}
		if c.Where != nil {
			segs = append(segs, txtSeg{" — " + txtPlaceName(rec, *c.Where), 0})
		}
		if when := whenText(c.When); when != "" {
			segs = append(segs, txtSeg{" — " + when, 0})
		}
		if c.ReportedBy != nil {
			segs = append(segs, txtSeg{" — reported by " + txtActorName(rec, *c.ReportedBy), 0})
		}
		p.para(txtItemIndent, txtItemHang, 0, segs...)
	}
}

func txtClaims(p *txtPrinter, rec *record.Record) {
	if len(rec.Claims) == 0 {
		return
	}
	groups := map[string][]record.Claim{}
	order := append([]string(nil), claimKindOrder...)
	for _, c := range rec.Claims {
		if _, seen := groups[c.Kind]; !seen && !txtContains(order, c.Kind) {
			order = append(order, c.Kind)
		}
		groups[c.Kind] = append(groups[c.Kind], c)
	}
	p.heading("Claims", len(rec.Claims), txtBold)
	for _, kind := range order {
		list := groups[kind]
		if len(list) == 0 {
			continue
		}
		label := kind
		if label == "" {
			label = "unclassified"
		}
		p.para(txtGroupIndent, txtGroupIndent+2, 0, txtSeg{txtCapital(label) + " (" + strconv.Itoa(len(list)) + ")", txtBold})
		for _, c := range list {
			p.para(txtClaimIndent, txtClaimHang, txtClaimLines, txtClaim(c)...)
		}
	}
}

// cueSep is what goes between a speaker and the cue: a space, or nothing
// before a clitic ("he's said" shown as "Bugti's said").
func cueSep(cue string) string {
	if strings.HasPrefix(cue, "'") || strings.HasPrefix(cue, "’") {
		return ""
	}
	return " "
}

// accordingCue says whether a cue is "according to", which goes before
// its source when a claim is shown.
func accordingCue(cue string) bool {
	return strings.EqualFold(strings.Join(strings.Fields(cue), " "), "according to")
}

// txtClaim lays out one claim: speaker, cue, what was said, and whom it
// was about.
func txtClaim(c record.Claim) []txtSeg {
	var who txtSeg
	switch {
	case c.Speaker != nil && !txtBlank(*c.Speaker):
		who = txtSeg{*c.Speaker, txtBold}
	case c.SpeakerSpan != nil && !txtBlank(c.SpeakerSpan.Text):
		// a speaker the text names but no actor stands for ("one
		// trader", "Q"): the words, not in bold
		who = txtSeg{c.SpeakerSpan.Text, 0}
	default:
		who = txtSeg{"(unattributed)", txtDim}
	}
	var segs []txtSeg
	if accordingCue(c.Cue.Text) {
		// "According to hospital sources: …", not "hospital sources
		// According to: …"
		segs = append(segs, txtSeg{"According to ", txtDim}, who)
	} else {
		segs = append(segs, who, txtSeg{cueSep(c.Cue.Text) + c.Cue.Text, txtDim})
	}
	if c.Content != nil && !txtBlank(c.Content.Text) {
		content := elideAttribution(c)
		if c.Quote && !strings.ContainsAny(content, "\"“”„«»") {
			content = "“" + content + "”"
		}
		if !strings.HasSuffix(c.Cue.Text, ":") {
			// a cue may end in its own colon ("added:", "Q:")
			segs = append(segs, txtSeg{":", txtDim})
		}
		segs = append(segs, txtSeg{" " + content, 0})
	}
	if c.Target != nil && !txtBlank(*c.Target) {
		segs = append(segs, txtSeg{" → " + *c.Target, txtDim})
	}
	return segs
}

// elideAttribution returns the content of c with the attribution inside
// it left out: a quotation split around its cue ("“…,” said X, who …. “…”")
// reads "“…,” … “…”", and a clause split by one set off with commas
// ("… last month, she says, more than …") reads "… last month … more
// than …". Other contents are returned whole.
func elideAttribution(c record.Claim) string {
	con := c.Content
	a, b := c.Cue.Start, c.Cue.End
	if sp := c.SpeakerSpan; sp != nil && sp.Start >= con.Start && sp.End <= con.End {
		a, b = min(a, sp.Start), max(b, sp.End)
	}
	if a <= con.Start || b >= con.End {
		return con.Text
	}
	rs := []rune(con.Text)
	if len(rs) != con.End-con.Start {
		return con.Text
	}
	a, b = a-con.Start, b-con.Start
	k := a - 1
	for k >= 0 && unicode.IsSpace(rs[k]) {
		k--
	}
	if k <= 0 {
		return con.Text
	}
	var left, right int
	switch {
	case closingQuote(rs[k]):
		// the quotation goes on at the next opening mark, after the rest
		// of the attribution's sentence ("… he told a briefing on
		// Tuesday. “…”"); not after words of the writer's that go on
		// with the content ("“…,” the statement said, adding that …")
		left, right = k+1, -1
		last := ' '
		for m := b; m < len(rs); m++ {
			if openingQuote(rs[m]) {
				if last == ' ' || last == '.' || last == ',' || last == ':' || last == ';' {
					right = m
				}
				break
			}
			if closingQuote(rs[m]) {
				break
			}
			if !unicode.IsSpace(rs[m]) {
				last = rs[m]
			}
		}
		if right < 0 {
			return con.Text
		}
	case rs[k] == ',':
		left = k
		m := b
		for m < len(rs) && unicode.IsSpace(rs[m]) {
			m++
		}
		if m >= len(rs) || rs[m] != ',' {
			return con.Text
		}
		m++
		for m < len(rs) && unicode.IsSpace(rs[m]) {
			m++
		}
		right = m
	default:
		return con.Text
	}
	if right >= len(rs) || right <= left {
		return con.Text
	}
	return string(rs[:left]) + " … " + string(rs[right:])
}

func closingQuote(r rune) bool { return r == '”' || r == '"' || r == '»' || r == '’' }
func openingQuote(r rune) bool { return r == '“' || r == '"' || r == '«' || r == '‘' }

func txtPlaceName(rec *record.Record, id string) string {
	for _, pl := range rec.Places {
		if pl.ID == id {
			return pl.Name
		}
	}
	return id
}

func txtActorName(rec *record.Record, id string) string {
	for _, a := range rec.Actors {
		if a.ID == id {
			return a.Name
		}
	}
	return id
}

func txtCount(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// txtDetails joins the non-empty details of an entry into " · a · b".
func txtDetails(parts ...string) string {
	s := joinText(" · ", parts...)
	if s == "" {
		return ""
	}
	return " · " + s
}

func txtBlank(s string) bool { return strings.TrimSpace(s) == "" }

func txtContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func txtCapital(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + strings.ReplaceAll(s[n:], "_", " ")
}

// txtStyle is a set of ANSI text attributes.
type txtStyle uint8

const (
	txtBold txtStyle = 1 << iota
	txtDim
	txtYellow
	txtRed
)

// sgr is the escape sequence that switches from plain text to s.
func (s txtStyle) sgr() string {
	var params []string
	if s&txtBold != 0 {
		params = append(params, "1")
	}
	if s&txtDim != 0 {
		params = append(params, "2")
	}
	if s&txtRed != 0 {
		params = append(params, "31")
	} else if s&txtYellow != 0 {
		params = append(params, "33")
	}
	if len(params) == 0 {
		return ""
	}
	return "\x1b[" + strings.Join(params, ";") + "m"
}

const txtReset = "\x1b[0m"

// txtSeg is a piece of a paragraph in one style.
type txtSeg struct {
	text  string
	style txtStyle
}

// txtCell is one rune of laid-out text with its style and display width.
type txtCell struct {
	r     rune
	style txtStyle
	width int
}

// txtPrinter accumulates the summary.
type txtPrinter struct {
	buf   bytes.Buffer
	color bool
	width int
}

func (p *txtPrinter) heading(name string, n int, style txtStyle) {
	p.para(0, 2, 0, txtSeg{name + " (" + strconv.Itoa(n) + ")", style})
}

// para wraps segs into lines of at most p.width columns: the first line is
// indented by first columns, the others by hang. With maxLines > 0 the
// paragraph is cut to that many lines and ends in "…". Runs of white space
// become single spaces.
func (p *txtPrinter) para(first, hang, maxLines int, segs ...txtSeg) {
	words := txtWords(segs)
	if len(words) == 0 {
		return
	}
	avail := func(line int) int {
		ind := hang
		if line == 0 {
			ind = first
		}
		return max(p.width-ind, 1)
	}
	var lines [][]txtCell
	var cur []txtCell
	curW := 0
	flush := func() {
		lines = append(lines, cur)
		cur, curW = nil, 0
	}
	for _, word := range words {
		ww := txtWidth(word)
		if len(cur) > 0 {
			if curW+1+ww <= avail(len(lines)) {
				cur = append(cur, txtSpace(cur[len(cur)-1], word[0]))
				cur = append(cur, word...)
				curW += 1 + ww
				continue
			}
			flush()
		}
		// The word starts a line; a word wider than the line is broken.
		for ww > avail(len(lines)) {
			a, w := avail(len(lines)), 0
			i := 0
			for i < len(word) && w+word[i].width <= a {
				w += word[i].width
				i++
			}
			if i == 0 {
				i, w = 1, word[0].width // a wide rune in a one-column line
			}
			cur, curW = word[:i], w
			flush()
			word, ww = word[i:], ww-w
		}
		if len(word) > 0 {
			cur, curW = append(cur, word...), ww
		}
	}
	if len(cur) > 0 {
		flush()
	}
	if maxLines > 0 && len(lines) > maxLines {
		lines = lines[:maxLines]
		last := lines[maxLines-1]
		a := avail(maxLines - 1)
		for len(last) > 0 && (txtWidth(last)+1 > a || last[len(last)-1].r == ' ') {
			last = last[:len(last)-1]
		}
		var st txtStyle
		if len(last) > 0 {
			st = last[len(last)-1].style
		}
		lines[maxLines-1] = append(last, txtCell{'…', st, 1})
	}
	for i, line := range lines {
		ind := hang
		if i == 0 {
			ind = first
		}
		p.buf.WriteString(strings.Repeat(" ", ind))
		p.writeCells(line)
		p.buf.WriteByte('\n')
	}
}

// writeCells writes one line, switching styles only where they change and
// ending every line in the plain style.
func (p *txtPrinter) writeCells(line []txtCell) {
	var cur txtStyle
	for _, c := range line {
		if p.color && c.style != cur {
			if cur != 0 {
				p.buf.WriteString(txtReset)
			}
			p.buf.WriteString(c.style.sgr())
			cur = c.style
		}
		p.buf.WriteRune(c.r)
	}
	if p.color && cur != 0 {
		p.buf.WriteString(txtReset)
	}
}

// txtSpace is the space between two words: in their style when they share
// one, so that a styled phrase is not broken into pieces.
func txtSpace(before, after txtCell) txtCell {
	var st txtStyle
	if before.style == after.style {
		st = before.style
	}
	return txtCell{' ', st, 1}
}

// txtWords cleans the segments and splits them into words of styled cells.
func txtWords(segs []txtSeg) [][]txtCell {
	var words [][]txtCell
	var cur []txtCell
	for _, s := range segs {
		for _, r := range txtClean(s.text) {
			if unicode.IsSpace(r) {
				if len(cur) > 0 {
					words = append(words, cur)
					cur = nil
				}
				continue
			}
			cur = append(cur, txtCell{r, s.style, txtRuneWidth(r)})
		}
	}
	if len(cur) > 0 {
		words = append(words, cur)
	}
	return words
}

func txtWidth(cells []txtCell) int {
	w := 0
	for _, c := range cells {
		w += c.width
	}
	return w
}

// txtRuneWidth is the number of terminal columns r takes: 2 for East Asian
// wide and fullwidth runes, 0 for combining marks and invisible format
// characters, 1 otherwise.
func txtRuneWidth(r rune) int {
	switch {
	case unicode.In(r, unicode.Mn, unicode.Me, unicode.Cf):
		return 0
	}
	switch width.LookupRune(r).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return 2
	}
	return 1
}

// txtClean removes what could drive a terminal from text that comes from
// an article: ANSI/ECMA-48 escape and control sequences (CSI, OSC, DCS and
// the like, in their 7-bit and 8-bit forms), other C0 and C1 control
// characters, and the bidirectional embedding, override and isolate
// characters that would reorder the rest of the line. Line breaks and tabs
// become spaces. All other text, invalid UTF-8 aside (it becomes U+FFFD),
// is kept as it is.
func txtClean(s string) string {
	if !txtNeedsClean(s) {
		return s
	}
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == 0x1b: // ESC
			i = txtSkipEscape(rs, i)
		case r == 0x9b: // CSI
			i = txtSkipCSI(rs, i+1)
		case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f: // DCS, SOS, OSC, PM, APC
			i = txtSkipString(rs, i+1)
		case r == '\t' || r == '\n' || r == '\r' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
			b.WriteByte(' ')
		case r < 0x20 || (r >= 0x7f && r <= 0x9f):
			// other control characters: dropped
		case (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069):
			// bidi embeddings, overrides and isolates: dropped
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// txtNeedsClean reports whether s holds anything txtClean would change.
func txtNeedsClean(s string) bool {
	for _, r := range s {
		if r < 0x20 || (r >= 0x7f && r <= 0x9f) || r == utf8.RuneError ||
			r == 0x2028 || r == 0x2029 || (r >= 0x202a && r <= 0x202e) || (r >= 0x2066 && r <= 0x2069) {
			return true
		}
	}
	return false
}

// txtSkipEscape returns the index of the last rune of the escape sequence
// that starts with the ESC at rs[i].
func txtSkipEscape(rs []rune, i int) int {
	if i+1 >= len(rs) {
		return i
	}
	switch rs[i+1] {
	case '[':
		return txtSkipCSI(rs, i+2)
	case ']', 'P', 'X', '^', '_':
		return txtSkipString(rs, i+2)
	}
	// nF sequences (ESC, intermediates 0x20–0x2F, a final byte) and the
	// two-character escapes (ESC c, ESC 7, ...).
	j := i + 1
	for j < len(rs) && rs[j] >= 0x20 && rs[j] <= 0x2f {
		j++
	}
	if j < len(rs) && rs[j] >= 0x30 && rs[j] <= 0x7e {
		return j
	}
	return j - 1
}

// txtSkipCSI returns the index of the final byte of a control sequence
// whose parameters start at rs[j].
func txtSkipCSI(rs []rune, j int) int {
	for ; j < len(rs); j++ {
		r := rs[j]
		if r >= 0x40 && r <= 0x7e {
			return j
		}
		if r < 0x20 || r > 0x3f {
			return j - 1 // malformed: stop before it, it is handled on its own
		}
	}
	return len(rs) - 1
}

// txtSkipString returns the index of the terminator of a control string
// (OSC, DCS, ...) whose body starts at rs[j]: BEL, ST (0x9C) or ESC \.
// An unterminated string runs to the end of the text.
func txtSkipString(rs []rune, j int) int {
	for ; j < len(rs); j++ {
		switch {
		case rs[j] == 0x07 || rs[j] == 0x9c:
			return j
		case rs[j] == 0x1b:
			if j+1 < len(rs) && rs[j+1] == '\\' {
				return j + 1
			}
			return j - 1 // a new escape sequence begins
		}
	}
	return len(rs) - 1
}
