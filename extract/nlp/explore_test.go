package nlp

import (
	"fmt"
	"testing"
)

func TestExplore(t *testing.T) {
	cases := []string{
		"The U.S. military said on Tuesday that Gen. Mark Milley met Dr. Jane Smith. Mr. Jones left on Jan. 5 for No. 10 Downing Street.",
		"J. R. R. Tolkien wrote books. He died in 1973. George W. Bush spoke. They backed Plan B. The vote failed.",
		"“We will not leave,” he said. “Never.” “Get out!” she shouted. “Why?” he asked.",
		"Prices rose 3.5 percent... Then they fell. Really? Yes! Okay… Fine.",
		"QUETTA, Pakistan (Reuters) — At least 12 people were killed.\nHeadline without period\nAnother line.",
		"Kyiv’s mayor visited São Paulo 🎉 on Friday. It wasn't raining.",
		"He said \"don't go\" and left. The U.S. Army arrived. The troops came from the U.S. They left. U.S. President Joe Biden spoke.",
		"Lt. Col. Smith and Sen. Warren met St. Louis officials at 5 p.m. Monday. Others came. Lt.-Gen. Asim Munir said so.",
		"The company, Acme Inc., said it would grow. Smith Corp. disagreed. The 12—including two children—died.",
		"The U.N. Security Council met. The U.K. Foreign Office said it was concerned by the U.N. The E.U. also spoke.",
	}
	for _, c := range cases {
		d := Analyze(c)
		for _, s := range d.Sentences {
			var toks []string
			for _, tk := range s.Tokens {
				toks = append(toks, tk.Text)
			}
			fmt.Printf("S %d-%d: %q\n   %q\n", s.Start, s.End, d.Slice(s.Start, s.End), toks)
		}
		fmt.Println()
	}
}
