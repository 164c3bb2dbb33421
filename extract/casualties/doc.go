// Package casualties is the casualty stage of the newsx pipeline: it finds
// the figures of people killed, injured, missing, abducted, arrested and
// displaced in an analysed article, and warns when figures disagree.
//
//	doc := nlp.Analyze(text)
//	figs, warns := casualties.Find(doc, casualties.Input{Published: "2025-03-16"})
//
// Find works on tokens and light syntax, sentence by sentence, with word
// tables built once at start-up; it needs no tagger and no entity model, so
// it stays fast (see the benchmark) and does not change when those models
// do. Places and actors found by other stages come in as plain Mentions.
//
// # What a figure is
//
// A figure is a quantity, its victims and an outcome bound to them:
//
//   - the quantity: digits ("17", "1,200", "1.2 million"), number words
//     ("seventeen", "twenty-four", "two dozen", "a dozen", "one hundred and
//     twenty"), ranges ("between 10 and 15", "10 to 15", "10-15", "two or
//     three"), vague quantities, or one person ("a police officer", "an
//     8-year-old girl", "his wife", "one protester"; "the victim", "he",
//     and a name such as "Courtney Taylor" only with a firm verb: "the victim
//     was pronounced dead");
//   - the victims: the noun phrase after the quantity, up to its head noun
//     ("17 law enforcement officers", "20 opposition fighters", "18
//     members of the Syrian Democratic Forces"), or none ("killing 12");
//     a figure without victims in a list takes those of the figure before
//     it ("17 people were killed and 23 injured": 23 people);
//   - the outcome, from a verb, an adjective or a noun, active, passive or
//     nominal: "were killed", "died", "lost their lives", "were shot
//     dead", "left 50 individuals dead", "killing 12", "the elimination of
//     145 militants", "12 deaths", "claimed 12 lives", "the death toll rose
//     to 212", "among the dead were 18 soldiers", "37 wounded people".
//     Outcome words: killed (killed, dead, died, slain, eliminated,
//     neutralized, executed, perished, drowned, martyred, shot dead, gunned
//     down, death toll, bodies); injured (injured, wounded, hurt,
//     hospitalized, treated, a bare "shot"); missing; abducted (abducted,
//     kidnapped, seized, taken hostage); arrested (arrested, detained,
//     captured, rounded up, taken into custody); displaced (displaced,
//     fled, left homeless).
//
// Coordination and ellipsis share the outcome: "17 law enforcement
// officers and 31 civilians lost their lives" is two figures; "92
// militants were eliminated on Saturday, with an additional 41 neutralized
// on Friday" and "41 militants were killed on Thursday, 27 on Friday and
// 19 on Saturday" are lists of figures of militants. A part named with
// "including", "among them" or "three of them" takes the outcome of its
// figure and is marked as a part, never a term of a sum.
//
// Not figures: durations ("40-hour battle"), ages ("a 25-year-old",
// "Smith, 25,", "under the age of 12"), years, times ("11:40"), money,
// percentages, measures, addresses ("the 1000 block"), counts of things
// (attacks, drones, vehicles, houses, shots, votes), negated and
// hypothetical verbs ("no one was killed", "threatened to kill 10"), and a
// number whose words are not people ("killed 3 cows").
//
// # Qualifiers and ranges
//
// Count is the number as written; Min and Max are the range the wording
// allows (null: open), Approximate is true for any wording that is not an
// exact count:
//
//	17                          count 17, min 17, max 17
//	at least 17, no fewer than  min 17
//	more than 17, over 17       min 18
//	17 or more, 17-plus         min 17
//	up to 17, as many as 17     max 17
//	fewer than 17, under 17     max 16
//	nearly 17, almost 17        max 17 (close to 17: no bounds)
//	about, around, some 17      no bounds
//	between 10 and 15, 10-15    count 10, min 10, max 15
//	another 17, a further 17    exact; adds to another figure
//
// Vague quantities count their lower bound: dozens 24–99, several dozen
// 36–119, scores 40–open, hundreds 200–999, thousands 2,000–9,999, tens of
// thousands 20,000–99,999, hundreds of thousands 200,000–999,999, millions
// 2,000,000–open. "Several", "a few" and "many" alone give no figure: they
// state no number.
//
// # Victim groups
//
// The head noun gives the group and its modifiers refine it: soldiers,
// troops, police, officers, personnel, paramilitaries are security_forces;
// militants, insurgents, attackers, terrorists, rebels, gunmen, jihadists
// are militants; fighters and militias are militants unless a state
// modifier says otherwise ("regime fighters"), while "pro-government
// militias" stay militants and "rebel forces" are militants; civilians,
// children, women, residents, passengers, journalists … are civilians.
// Victims named from both sides ("Syrian regime and rebel fighters") are
// mixed. People not named as fighters ("people", "persons", "individuals",
// "others") are civilians, unless the same sentence also counts soldiers or
// militants (then unknown). A generic figure is mixed when it is the total
// of figures of several groups ("17 officers and 31 civilians" against
// "close to 50 individuals dead") or when a part of it is named from a
// fighting side ("12 people, including five soldiers"). Figures whose
// victims are not written, or are "men", "victims", "suspects", are unknown.
//
// # Repeats, one person mentioned again, changing tolls
//
// Every reported figure is kept, and no total is invented. A figure
// repeated in the same terms (a headline and its lead) is reported once, at
// its most complete mention; a headline's figure ("kills dozens", "AT
// LEAST 17 DEAD") joins the body's first figure with the same count,
// outcome and victims even when the two name the place or day differently,
// or the headline drops the lead's hedge ("Floods kill 14" and "At least
// 14 people have died"), and the body's mention is kept. One person mentioned again ("A man was shot
// … He died at the hospital") is one figure; when the first mention only
// said "shot" and a later one says the person died, the figure is a death.
// A figure "shot" and the same count of the same people killed are one
// death. A changing toll keeps both values: "rose to 212 on Wednesday from
// 180" gives 212 and 180, the older one with the qualifier "earlier
// figure" (and its own When when the text gives one); earlier values and
// running tolls are never terms of a sum and never conflict with later ones.
//
// # When, where, reported by
//
// When is the time expression of the figure's clause, else the nearest one
// before it in the sentence, else the first one after it: "on Saturday"
// (the Saturday on or before the publication date), "last Tuesday" (the
// one before the publication date), "yesterday", "today", "last night",
// "Friday night", "March 3", "3 March 2025", "Tuesday, Jan. 27"; "last
// week", "in 2007" and "a day earlier" are kept as text with a null date.
// The date of a statement ("the military said on Sunday", "On Monday, the
// ministry said") is never a figure's. Where is the place mention nearest
// the figure in its clause (else before it in the sentence), leaving out
// places inside the attribution ("Pakistan's military said"). ReportedBy
// is the actor mention inside the attribution nearest the figure: "X said",
// "said X", "according to X", "as stated by X", "X puts the toll at"; the
// subject before a parenthetical ("The ministry, which answers to …,
// said") and the name before a description ("the Doctors Network, a
// medical group, which said") are the source, and a place inside the
// parenthetical is not the figure's.
//
// # Warnings
//
// casualty_sum_mismatch: a list of exact figures of one outcome and group,
// told apart by day, place or "another", is a set of parts; a larger
// figure of the same outcome and victims elsewhere in the article, not
// tied to one of the parts' days or places and not vague, is their total;
// when the total's wording does not allow the sum (exact 145 against 133;
// "at least 340" against 277), the warning names the parts and the total
// by id. "Close to 50" allows 48; "about 150" contradicts nothing. When
// the total comes from another source than the parts and the comparison is
// marked ("gave a much higher figure"), the warning is conflicting_figures
// instead: two sources counting differently, not a sum gone wrong.
//
// conflicting_figures: two attributed figures of the same outcome and
// victims, for the same day (or neither given) and no two different
// places, from different sources, whose ranges cannot both hold and that
// are no further apart than twice, when one of their sentences marks the
// comparison ("a third figure came from", "puts the toll at", "a higher
// tally"), or the sentence before one of them does and has no figure of
// its own ("Residents put the number higher."). Sources are told apart by actor id,
// or without ids by the words of the source's noun phrase.
//
// Both checks are conservative: a wrong warning costs more than a missing
// one.
package casualties
