// Package text splits news English into tokens and sentences with byte
// offsets: the first stage of the ingest pipeline (Segment, and the
// Segmenter stage).
//
// Tokens follow the Penn Treebank and UD English EWT conventions that the
// part-of-speech tagger and the parser (trained on UD EWT) and the entity
// recogniser (trained on CoNLL-2003) expect:
//
//   - clitics are split, with straight or typographic apostrophes: "do"
//     "n't", "ca" "n't", "People" "'s", "they" "'re"; fused forms too:
//     "can" "not", "gon" "na";
//   - punctuation stands alone; runs of dots (ellipses), of ! and ?, and of
//     hyphens ("--") are one token each, as are "—", "–" and "…";
//   - hyphenated words stay whole (Mujahedeen-e-Khalq, Iran-Iraq, U.S.-led);
//   - numbers stay whole (3,000, 2.5, 1978/1979, 10:30, +3.5, .312, '90s)
//     but symbols are apart: "2.5" "%", "$" "5"; currency codes keep their
//     sign (US$, HK$);
//   - known abbreviations and letters-and-periods forms keep their period
//     (Dr., Jan., Inc., U.S., e.g., a.m.), and so do initials before a
//     capitalised word (J. R. R. Tolkien);
//   - URLs, domains, e-mail addresses, file names, hashtags and handles are
//     single tokens.
//
// Sentences end at . ! ? and ellipses, with closing quotes and brackets kept
// in the sentence, unless a lower-case word or a comma shows the sentence
// goes on. An abbreviation ends a sentence only when a typical sentence
// opener follows ("in the U.S. He said"); titles (Dr., Gen.) and initials
// never do before a name. A blank line always ends a sentence. A single line
// break ends one after a headline, a list item or a long unwrapped line,
// but not inside hard-wrapped prose, which is recognised per text from its
// line lengths. Image credits that HTML-to-text conversion glued to a
// caption ("...in IranImage: AP Photo") become sentences of their own that
// end with their line.
//
// The package is rule-based and deterministic, uses no regular expressions
// and allocates only the token and sentence slices. It does not tag, parse
// or normalise text; offsets always refer to the text as given, and invalid
// UTF-8 bytes become one-byte tokens.
package text
