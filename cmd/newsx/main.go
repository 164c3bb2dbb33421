// Command newsx turns news articles into structured, verifiable facts:
// places, actors, casualty figures and claims, each with the span of text it
// came from. Run `newsx --help` for usage; the library is package
// github.com/newsx/newsx/extract.
package main

import "os"

func main() { os.Exit(Main()) }
