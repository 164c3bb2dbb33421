package view

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/newsx/newsx/extract/record"
)

// htmlFindBrowser looks for Chromium: $NEWSX_CHROMIUM, /usr/bin/chromium,
// then chromium, chromium-browser and google-chrome in PATH.
func htmlFindBrowser() (path, tried string) {
	if p := os.Getenv("NEWSX_CHROMIUM"); p != "" {
		if _, err := os.Stat(p); err == nil {
			return p, ""
		}
		return "", "NEWSX_CHROMIUM=" + p + " does not exist"
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", ""
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, ""
		}
	}
	return "", "no NEWSX_CHROMIUM, no /usr/bin/chromium, no chromium, chromium-browser or google-chrome in PATH"
}

// htmlArtifactDir is where the browser test leaves its screenshots:
// $NEWSX_ARTIFACTS (created when missing) or a temporary directory.
func htmlArtifactDir(t *testing.T) string {
	dir := os.Getenv("NEWSX_ARTIFACTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestHTMLBrowser loads a page of real records in headless Chromium from a
// file:// URL and checks what a reader gets: every highlight is in the
// DOM, warnings stand above the text, clicking a fact in the side panel
// scrolls its evidence into view and lights it, clicking the text selects
// the fact, nothing is fetched and nothing is logged as an error.
func TestHTMLBrowser(t *testing.T) {
	bin, tried := htmlFindBrowser()
	if bin == "" {
		if os.Getenv("NEWSX_BROWSER_TEST") == "require" {
			t.Fatalf("NEWSX_BROWSER_TEST=require but no browser: %s", tried)
		}
		t.Skipf("skipping the browser test: %s (set NEWSX_CHROMIUM to a Chromium binary; NEWSX_BROWSER_TEST=require turns this skip into a failure)", tried)
	}

	var recs []*record.Record
	for _, fx := range []string{"kp-coordinated-attacks", "nairobi-protest-arrests", "html-sudan-drone-strike-conflicting"} {
		recs = append(recs, htmlLoadGolden(t, fx)...)
	}
	artifacts := htmlArtifactDir(t)
	pagePath := filepath.Join(artifacts, "newsx-report.html")
	f, err := os.Create(pagePath)
	if err != nil {
		t.Fatal(err)
	}
	h := NewHTML(f, HTMLOptions{Title: "newsx browser test"})
	for _, rec := range recs {
		if err := h.Add(rec); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.Close(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(pagePath)
	if err != nil {
		t.Fatal(err)
	}
	pageURL := (&url.URL{Scheme: "file", Path: filepath.ToSlash(abs)}).String()

	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx,
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-extensions", true),
		chromedp.Flag("disable-default-apps", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("force-color-profile", "srgb"),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	)
	defer cancelAlloc()
	bctx, cancelBrowser := chromedp.NewContext(allocCtx, chromedp.WithErrorf(t.Logf))
	defer cancelBrowser()

	var (
		mu       sync.Mutex
		problems []string // console errors, exceptions, error log entries
		requests []string // every URL the page asked for
	)
	err = chromedp.Listen(bctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
				var args []string
				for _, a := range e.Args {
					args = append(args, string(a.Value)+a.Description)
				}
				problems = append(problems, "console."+string(e.Type)+": "+strings.Join(args, " "))
			}
		case *runtime.EventExceptionThrown:
			msg := e.ExceptionDetails.Text
			if e.ExceptionDetails.Exception != nil {
				msg += " " + e.ExceptionDetails.Exception.Description
			}
			problems = append(problems, "exception: "+msg)
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError {
				problems = append(problems, "log ("+string(e.Entry.Source)+"): "+e.Entry.Text)
			} else {
				t.Logf("browser log %s (%s): %s", e.Entry.Level, e.Entry.Source, e.Entry.Text)
			}
		case *network.EventRequestWillBeSent:
			requests = append(requests, e.Request.URL)
		}
	})
	if err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}

	// Content-Security-Policy violations also reach the page as events;
	// collect them there, in case the browser's log leaves one out.
	const cspWatch = `window.__newsxCSP = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__newsxCSP.push(e.violatedDirective + " " + e.blockedURI);
});`
	run := func(what string, steps ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(bctx, steps...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	shot := func(name string) {
		t.Helper()
		png, err := chromedp.Run(bctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot %s: %v", name, err)
		}
		p := filepath.Join(artifacts, name)
		if err := os.WriteFile(p, png, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("screenshot: %s", p)
	}

	run("watch CSP", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: cspWatch})
		return err
	}))
	// A fixed viewport, and no smooth scrolling, so that a click never
	// lands on a page that is still moving.
	run("set up the viewport", chromedp.EmulateViewport(1280, 900), chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-reduced-motion", Value: "reduce"}},
		})
		return err
	}))
	run("load "+pageURL, chromedp.Navigate(pageURL), chromedp.WaitVisible(chromedp.ID("art1")))
	shot("newsx-html-top.png")

	// Every highlight is in the DOM: count first pieces (they have the
	// id) per kind and article.
	counts := htmlEval[[]map[string]int](t, bctx, "count highlights", `Array.from(document.querySelectorAll("article.rec")).map(function (a) {
  var c = {};
  ["place", "actor", "casualty", "speaker", "cue", "content"].forEach(function (k) {
    c[k] = a.querySelectorAll("mark.hl-" + k + "[id]").length;
  });
  return c;
})`)
	if len(counts) != len(recs) {
		t.Fatalf("%d articles in the DOM, want %d", len(counts), len(recs))
	}
	for i, rec := range recs {
		want := htmlSpanCounts(rec)
		for k, n := range want {
			if counts[i][k] != n {
				t.Errorf("article %d (%s): %d %s highlights in the DOM, want %d", i+1, rec.ID, counts[i][k], k, n)
			}
		}
	}

	// The warning is shown above the article text.
	above := htmlEval[bool](t, bctx, "warning position", `(function () {
  var w = document.querySelector("#art1 .warn"), t = document.querySelector("#art1-text");
  if (!w || !t) return false;
  var wr = w.getBoundingClientRect(), tr = t.getBoundingClientRect();
  return wr.height > 0 && wr.bottom <= tr.top;
})()`)
	if !above {
		t.Error("the warning of article 1 is not rendered above its text")
	}

	// activeInView waits until the element with id is lit and inside the
	// viewport (the page scrolls smoothly).
	activeInView := func(id string) {
		t.Helper()
		js := fmt.Sprintf(`(function () {
  var el = document.getElementById(%q);
  if (!el || !el.classList.contains("is-active")) return false;
  var r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;
})()`, id)
		if _, err := chromedp.Run(bctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(4*time.Second))); err != nil {
			state := htmlEval[string](t, bctx, "state of "+id, fmt.Sprintf(`(function () { var el = document.getElementById(%q); if (!el) return "missing";
  var r = el.getBoundingClientRect(); return el.className + " top=" + r.top + " bottom=" + r.bottom + " innerHeight=" + innerHeight; })()`, id))
			t.Fatalf("%s is not lit and in view after the click: %v (%s)", id, err, state)
		}
	}

	// A casualty figure in the side panel of the last article: far below
	// the first screen, so the page has to scroll to it.
	last := len(recs)
	cas := fmt.Sprintf("art%d-c1", last)
	run("click "+cas, chromedp.Click(chromedp.CSS("#"+cas+" > a.go")))
	activeInView(cas + "-ev")
	if !htmlEval[bool](t, bctx, "panel selection", fmt.Sprintf(`document.getElementById(%q).classList.contains("is-selected")`, cas)) {
		t.Errorf("the panel entry %s is not selected after its click", cas)
	}
	shot("newsx-html-casualty.png")

	// A place of the second article; a second click goes to its next mention.
	pl := "art2-p1"
	run("click "+pl, chromedp.Click(chromedp.CSS("#"+pl+" > a.go")))
	activeInView(pl + "-m1")
	if htmlEval[bool](t, bctx, "previous highlight", fmt.Sprintf(`document.getElementById(%q).classList.contains("is-active")`, cas+"-ev")) {
		t.Errorf("%s-ev is still lit after another fact was chosen", cas)
	}
	if len(recs[1].Places[0].Mentions) > 1 {
		run("click "+pl+" again", chromedp.Click(chromedp.CSS("#"+pl+" > a.go")))
		activeInView(pl + "-m2")
	}

	// A reference in a warning leads to its fact.
	refTarget := htmlEval[string](t, bctx, "warning reference", `(function () {
  var a = document.querySelector("#art1 .warn a.ref");
  return a ? a.getAttribute("href").slice(1) : "";
})()`)
	if refTarget == "" {
		t.Fatal("the warning of article 1 has no reference link")
	}
	run("click the warning reference", chromedp.Click(chromedp.CSS("#art1 .warn a.ref")))
	activeInView(refTarget)

	// Clicking a highlight in the text selects its fact in the panel.
	run("click a highlight", chromedp.Click(chromedp.ID("art1-c2-ev")))
	if _, err := chromedp.Run(bctx, chromedp.Poll[bool](`document.getElementById("art1-c2").classList.contains("is-selected")`,
		chromedp.WithPollingTimeout(2*time.Second))); err != nil {
		t.Errorf("clicking the highlight art1-c2-ev did not select art1-c2 in the panel: %v", err)
	}

	// On a narrow screen the panel comes below the text.
	run("narrow viewport", chromedp.EmulateViewport(420, 860))
	stacked := htmlEval[bool](t, bctx, "narrow layout", `(function () {
  var t = document.getElementById("art1-text"), p = document.querySelector("#art1 .panel");
  return p.getBoundingClientRect().top >= t.getBoundingClientRect().bottom - 1;
})()`)
	if !stacked {
		t.Error("on a 420 px wide screen the side panel is not below the text")
	}
	run("scroll to the top", chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
	shot("newsx-html-narrow.png")

	violations := htmlEval[[]string](t, bctx, "CSP violations", `window.__newsxCSP || []`)
	for _, v := range violations {
		t.Errorf("Content-Security-Policy violation: %s", v)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("browser: %s", p)
	}
	for _, r := range requests {
		if r != pageURL {
			t.Errorf("the page requested %s; only the file itself may be loaded", r)
		}
	}
	if len(requests) == 0 {
		t.Error("saw no request at all, not even the page: the network listener does not work")
	}
}

// htmlSpanCounts is how many highlights of each kind rec should give (all
// spans of the fixtures are inside the text).
func htmlSpanCounts(rec *record.Record) map[string]int {
	c := map[string]int{}
	for _, p := range rec.Places {
		c["place"] += len(p.Mentions)
	}
	for _, a := range rec.Actors {
		c["actor"] += len(a.Mentions)
	}
	c["casualty"] = len(rec.Casualties)
	for _, k := range rec.Claims {
		c["cue"]++
		if k.SpeakerSpan != nil {
			c["speaker"]++
		}
		if k.Content != nil && k.Content.End > k.Content.Start {
			c["content"]++
		}
	}
	return c
}

// htmlEval evaluates js in the page and decodes its value.
func htmlEval[T any](t *testing.T, ctx context.Context, what, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	return v
}
