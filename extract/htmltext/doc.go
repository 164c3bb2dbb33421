// Package htmltext turns an HTML news page into its article text and
// metadata.
//
//	art, err := htmltext.Extract(page, "https://example.com/news/1")
//	// art.Text: one paragraph or heading per line; art.Title, art.Authors, ...
//
// Input must already be UTF-8; charset detection belongs to the caller.
// Extract parses the page once (golang.org/x/net/html, as goquery does);
// FromDocument works on a goquery document and leaves it untouched. The
// package keeps no state between calls and is safe for concurrent use.
//
// # Metadata
//
// One walk over the document collects <html lang>, <title>, every <meta>
// (by name, property, itemprop and http-equiv), <link rel=canonical>,
// <base>, JSON-LD blocks, the top-level headings, <time> elements and the
// short texts of elements whose class, id, rel or itemprop reads like a
// byline or a date, skipping comments, sidebars and other furniture. Then,
// field by field, the first source that gives a usable value wins:
//
//   - JSON-LD: the richest object whose @type is an article (Article,
//     NewsArticle, ReportageNewsArticle, BlogPosting, ... any type ending in
//     "Article" or "Posting"), found at the top level, in arrays, in
//     @graph or under mainEntity; authors as strings, objects, lists or
//     @id references. A WebPage object stands in when there is no article.
//   - OpenGraph and article:* properties, then the common <meta> names
//     (author, date, dc.*, dcterms.*, parsely-*, sailthru.*, citation_*).
//   - itemprop elements, <time datetime>, then visible bylines and date
//     lines; for the date, a /2024/03/02/ path in the URL comes before
//     visible text.
//
// The title is the page's single <h1> when it reads like the headline (it
// shares a word with the declared titles, is not the site's name and does
// not just wrap a declared title in a kicker or section label), else
// og:title, the JSON-LD headline, other title metas and <title>, in that
// order; a site name glued to it ("Headline | Site",
// "Site - Headline") is cut off when it matches the site name or the host.
// Dates are normalised to ISO 8601: a date-time with its offset when the
// page gives both a time and a zone, otherwise the date alone. Bylines are
// split into names ("By Jane Doe and John Roe") and cleaned of job titles,
// dates, handles and links.
//
// # Main text
//
// The text comes from a readability-style scorer that knows nothing about
// particular sites:
//
//  1. Analysis. One post-order walk drops what never holds article text:
//     scripts, styles, form controls, iframes, SVG, navigation, asides,
//     footers, figure captions, page headers (a <header> outside an
//     <article> or <main>), hidden elements (hidden, aria-hidden, inline
//     display:none, "sr-only"-like classes) and ARIA landmarks of page
//     furniture. Elements whose class or id names furniture are dropped
//     too: comments, related links, promotions, newsletter boxes, ads and
//     consent banners always; page regions such as "sidebar" or "header"
//     unless they turn out to wrap the article (templates put such words
//     on wrappers); small furniture inside articles (share bars, captions,
//     photo credits, bylines, tag lists) while it stays small. Names are
//     read word by word, and a state such as "has-sidebar" or "no-ads"
//     names nothing; a word naming furniture beats one naming content in
//     the same class token ("comment-content"). The same
//     walk records, for every kept element, the length of its text, the
//     share inside links, commas, and counts of paragraphs, images, list
//     items, inputs and running prose, so that no later step walks a
//     subtree twice.
//  2. Scoring. Every paragraph (a <p>, <pre> or <td>, a <div> without
//     block children, or a run of text between blocks, such as
//     <br><br>-separated text) of 25 runes or more scores 1, plus one per
//     comma, plus one per 100 runes up to 3. Its parent gets the score, the
//     grandparent half of it, and three more ancestors a third divided by
//     their depth. Candidates start from a tag bonus and a class/id weight
//     (+25 for names like "article", "content", "story"; -25 for names
//     like "comment", "share", "sidebar") and end multiplied by one minus
//     their link density.
//  3. Choice. The best candidate is moved up when three strong candidates
//     share an ancestor, when its parent scores better, when an ancestor
//     adds running text with few links (an article split into blocks), and
//     past wrappers with a single child. Its siblings join it when they
//     score well or read like prose; paragraphs of the same <article> that
//     stand above it (the standfirst) are added in front.
//  4. Cleaning. Bottom-up over the chosen content, blocks are removed when
//     they are mostly links, hold more images or inputs than paragraphs,
//     or are tables, lists and boxes with next to no text; a paragraph that
//     is mostly a link ("Read more: ...") goes too. Lists of plain items,
//     data tables and code blocks are kept.
//  5. Rendering. Each block element and each <br> ends a line; inline
//     content flows, white space collapses (no-break spaces included) and
//     zero-width characters are dropped, so the text has one paragraph,
//     heading, list item or table cell per line and no empty lines.
//
// When a pass yields under 500 runes, it runs again without the class and
// id rules, then without class weights, and the best result is kept; text
// that the strict pass had dropped by name (related stories, comments) does
// not count in favour of a lenient pass, so short articles stay short.
// Fallbacks follow: the page's prose paragraphs with few links, the copy of
// the page that script-rendered sites keep in <noscript>, and finally the
// JSON-LD articleBody when it is more than twice as long as what the page
// gave. The headline is put on the first line when the page shows it as an
// <h1> above the text.
//
// Extract also reports pages that look cut off (no closing </body> or
// </html>, ending inside an element); whatever text was seen up to the cut
// is still returned. Documents nested deeper than the HTML parser accepts
// (512 open elements) are flattened past depth 200 and parsed again.
//
// Every step is linear in the size of the document: the analysis computes
// all per-element counts in one walk, regular expressions are compiled once
// at package level, and class and id names are matched against a
// precomputed lexicon and memoised per page.
package htmltext
