// Package input turns command-line arguments into UTF-8 text: it lists the
// inputs, reads or fetches each one, caps its size, tells HTML from plain
// text and decodes the bytes to valid UTF-8.
//
// The flow for one run:
//
//	args ──Expand──▶ iter.Seq[Source] ──Load──▶ *Document ──▶ htmltext / nlp
//	                 (lazy, streaming)          (Text, HTML, Warnings)
//
// Expand walks the arguments in order and yields one Source per article.
// A Source only says where the content is (Path, URL or inline Data) and how
// to read it (Format); files are not read and URLs are not fetched until
// Load. Directories are walked recursively in lexical order, taking the
// files whose extension names a format (.txt .text .md .html .htm, and
// .jsonl .ndjson for JSON Lines) and leaving out hidden ones. JSON Lines
// (those files, standard input or an extension-less file that starts with
// '{', or every input when Options.Format is jsonl) are read line by line
// through a bounded buffer and yield one Source per line, so a stream of any
// length is never held in memory; a bad line becomes a Source with Err and
// the next line is read. Problems known while listing (a missing path, an
// unreadable directory, a bad URL, a JSON line that is not an article)
// travel as Source.Err so that each input still gets its error record, in
// order.
//
// Load turns a Source into a Document:
//
//  1. read the file, take the inline data, or fetch the URL with a Fetcher,
//     never reading more than the cap plus one byte (kind read, fetch,
//     too_large);
//  2. refuse binary content: a non-text Content-Type, a binary signature,
//     NUL bytes or many control bytes (kind decode);
//  3. decide HTML or text: by Format, then the Content-Type of a fetched
//     page, then the file extension, then Sniff;
//  4. Decode to UTF-8: byte order mark, declared charset (header, then
//     <meta>), then the content itself; repairs and guesses become
//     warnings (invalid_utf8, encoding);
//  5. refuse content that is empty or only white space (kind empty).
//
// Fetcher does the network part: a per-attempt timeout that covers the
// body, at most MaxRedirects redirects, gzip, a body cap, and retries with
// exponential backoff after 429, 5xx and network errors, honouring
// Retry-After and the caller's context. Errors are short, one line, and do
// not repeat the input's name ("404 Not Found", "body exceeds 10485760
// bytes", "context deadline exceeded after 3 attempts").
//
// The package never prints or logs: Expand reports skipped files through
// Options.Verbose, and everything else comes back as values.
package input
