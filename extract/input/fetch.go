package input

import (
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"
)

// Defaults used when a Fetcher field is zero.
const (
	DefaultTimeout   = 20 * time.Second       // per attempt, body included
	DefaultRetries   = 2                      // extra attempts after the first
	DefaultBackoff   = 500 * time.Millisecond // first wait; doubled each retry
	MaxRetryAfter    = 30 * time.Second       // longest Retry-After that is honoured
	MaxRedirects     = 10                     // redirects followed before giving up
	DefaultUserAgent = "newsx"
)

// Fetcher fetches http(s) URLs. The zero value is ready to use; a Fetcher is
// safe for concurrent use as long as its fields are not changed.
type Fetcher struct {
	// Client does the requests. Nil means a shared client that follows at
	// most MaxRedirects redirects and accepts gzip. A caller's client keeps
	// its own redirect policy and transport.
	Client *http.Client
	// Timeout limits one attempt, reading the body included. Zero means
	// DefaultTimeout.
	Timeout time.Duration
	// MaxBytes caps the (decompressed) body. Zero means DefaultMaxBytes.
	MaxBytes int64
	// UserAgent is sent with every request, e.g.
	// "newsx/0.1.0 (+https://github.com/newsx/newsx)". Empty means
	// DefaultUserAgent.
	UserAgent string
	// Retries is how many extra attempts are made after a 429, a 5xx or a
	// network error. Zero means DefaultRetries; negative means none.
	Retries int
	// Backoff is the wait before the first retry, doubled for each further
	// one. Zero means DefaultBackoff. A Retry-After header (seconds or an
	// HTTP date) replaces it, up to MaxRetryAfter.
	Backoff time.Duration
}

// StatusError is an HTTP response whose status is not 2xx.
type StatusError struct {
	Code   int
	Status string // as the server sent it, e.g. "404 Not Found"
}

func (e *StatusError) Error() string { return e.Status }

// TooLargeError reports content over the size cap.
type TooLargeError struct {
	What  string // "body", "file", "standard input"
	Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s exceeds %d bytes", e.What, e.Limit)
}

// attemptsError adds the number of attempts to the last error.
type attemptsError struct {
	err      error
	attempts int
}

func (e *attemptsError) Error() string {
	return fmt.Sprintf("%v after %d attempts", e.err, e.attempts)
}

func (e *attemptsError) Unwrap() error { return e.err }

var errTooManyRedirects = fmt.Errorf("stopped after %d redirects", MaxRedirects)

var defaultClient = sync.OnceValue(func() *http.Client {
	return &http.Client{
		// Transport asks for gzip itself and decodes it transparently as
		// long as no Accept-Encoding header is set on the request.
		Transport: http.DefaultTransport.(*http.Transport).Clone(),
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > MaxRedirects { // via holds the first request too
				return errTooManyRedirects
			}
			return nil
		},
	}
})

// Fetch returns the body (decompressed), its Content-Type and the final URL
// after redirects. A non-2xx status is a *StatusError, a body over MaxBytes
// a *TooLargeError; both are never retried, nor is any 4xx other than 429.
// Errors are one line and do not repeat the URL.
func (f *Fetcher) Fetch(ctx context.Context, rawURL string) (body []byte, contentType, finalURL string, err error) {
	return f.fetch(ctx, rawURL, f.maxBytes(0))
}

// maxBytes returns the body cap: f.MaxBytes, lowered to limit when that is
// positive and smaller.
func (f *Fetcher) maxBytes(limit int64) int64 {
	m := f.MaxBytes
	if m <= 0 {
		m = DefaultMaxBytes
	}
	if limit > 0 && limit < m {
		m = limit
	}
	return m
}

func (f *Fetcher) fetch(ctx context.Context, rawURL string, limit int64) ([]byte, string, string, error) {
	u, err := parseHTTPURL(rawURL)
	if err != nil {
		return nil, "", "", err
	}
	retries := f.Retries
	switch {
	case retries == 0:
		retries = DefaultRetries
	case retries < 0:
		retries = 0
	}
	backoff := f.Backoff
	if backoff <= 0 {
		backoff = DefaultBackoff
	}
	for attempt := 1; ; attempt++ {
		res := f.attempt(ctx, u, limit)
		if res.err == nil {
			return res.body, res.contentType, res.finalURL, nil
		}
		fail := func(err error) ([]byte, string, string, error) {
			if attempt > 1 {
				err = &attemptsError{err: err, attempts: attempt}
			}
			return nil, "", "", err
		}
		if ctx.Err() != nil {
			return fail(ctx.Err())
		}
		if !res.retry || attempt > retries {
			return fail(res.err)
		}
		wait := backoff
		if res.retryAfter >= 0 {
			wait = min(res.retryAfter, MaxRetryAfter)
		}
		backoff *= 2
		if deadline, ok := ctx.Deadline(); ok && time.Until(deadline) < wait {
			return fail(res.err) // the retry could not happen in time
		}
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			return fail(ctx.Err())
		}
	}
}

// parseHTTPURL accepts absolute http and https URLs only.
func parseHTTPURL(rawURL string) (*url.URL, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		var uerr *url.Error
		if errors.As(err, &uerr) {
			err = uerr.Err
		}
		return nil, fmt.Errorf("bad URL: %v", err)
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return nil, fmt.Errorf("bad URL: scheme %q is not http or https", u.Scheme)
	}
	if u.Host == "" {
		return nil, errors.New("bad URL: no host")
	}
	return u, nil
}

type attemptResult struct {
	body        []byte
	contentType string
	finalURL    string
	err         error
	retry       bool          // worth another attempt
	retryAfter  time.Duration // from a Retry-After header; -1 when absent
}

func (f *Fetcher) attempt(parent context.Context, u *url.URL, limit int64) attemptResult {
	timeout := f.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(parent, timeout)
	defer cancel()
	res := attemptResult{retryAfter: -1}
	// netFail classifies a transport or body error.
	netFail := func(err error) attemptResult {
		switch {
		case parent.Err() != nil:
			res.err = parent.Err()
		case ctx.Err() != nil:
			res.err = fmt.Errorf("timed out after %s", timeout)
			res.retry = true
		default:
			res.err, res.retry = describeNetError(err)
		}
		return res
	}

	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		res.err = fmt.Errorf("bad URL: %v", err)
		return res
	}
	ua := f.UserAgent
	if ua == "" {
		ua = DefaultUserAgent
	}
	req.Header.Set("User-Agent", ua)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5")
	client := f.Client
	if client == nil {
		client = defaultClient()
	}
	resp, err := client.Do(req)
	if err != nil {
		return netFail(err)
	}
	defer resp.Body.Close()

	if resp.StatusCode < 200 || resp.StatusCode > 299 {
		status := resp.Status
		if status == "" {
			status = strconv.Itoa(resp.StatusCode) + " " + http.StatusText(resp.StatusCode)
		}
		res.err = &StatusError{Code: resp.StatusCode, Status: status}
		res.retry = resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode >= 500
		if d, ok := parseRetryAfter(resp.Header.Get("Retry-After"), time.Now()); ok {
			res.retryAfter = d
		}
		// Read a little of the body so the connection can be reused.
		_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
		return res
	}
	if resp.ContentLength > limit && !resp.Uncompressed {
		res.err = &TooLargeError{What: "body", Limit: limit}
		return res
	}

	var r io.Reader = resp.Body
	// The transport decodes gzip it asked for itself. A server may still
	// send gzip unasked, or the caller's client may have compression
	// turned off: decode it here then.
	if !resp.Uncompressed && strings.EqualFold(strings.TrimSpace(resp.Header.Get("Content-Encoding")), "gzip") {
		zr, err := gzip.NewReader(resp.Body)
		if err != nil {
			if ctx.Err() != nil {
				return netFail(err)
			}
			res.err = fmt.Errorf("bad gzip body: %v", err)
			return res
		}
		defer zr.Close()
		r = zr
	}
	body, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		if errors.Is(err, gzip.ErrChecksum) || errors.Is(err, gzip.ErrHeader) {
			res.err = fmt.Errorf("bad gzip body: %v", err)
			return res
		}
		return netFail(err)
	}
	if int64(len(body)) > limit {
		res.err = &TooLargeError{What: "body", Limit: limit}
		return res
	}
	res.body = body
	res.contentType = resp.Header.Get("Content-Type")
	res.finalURL = resp.Request.URL.String()
	return res
}

// describeNetError turns a transport error into a one-line message without
// the URL (the input's id already names it) and says whether it is worth
// retrying: network trouble is, a bad redirect or certificate is not.
func describeNetError(err error) (error, bool) {
	var uerr *url.Error
	if errors.As(err, &uerr) {
		err = uerr.Err
	}
	if errors.Is(err, errTooManyRedirects) {
		return err, false
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return err, !dnsErr.IsNotFound
	}
	var netErr net.Error
	if errors.As(err, &netErr) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return err, true
	}
	return err, false
}

// parseRetryAfter reads a Retry-After header: delay seconds or an HTTP
// date. A date in the past means no wait. ok is false when the header is
// absent or unreadable.
func parseRetryAfter(v string, now time.Time) (d time.Duration, ok bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs < 0 {
			return 0, false
		}
		if secs > int64(MaxRetryAfter/time.Second) {
			return MaxRetryAfter, true
		}
		return time.Duration(secs) * time.Second, true
	}
	t, err := http.ParseTime(v)
	if err != nil {
		return 0, false
	}
	return max(t.Sub(now), 0), true
}
