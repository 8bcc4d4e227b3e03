// Package text splits news English into tokens and sentences with byte
// offsets: the first stage of the ingest pipeline.
//
// Tokens follow the Penn Treebank and UD English EWT conventions that the
// part-of-speech tagger, the parser (trained on UD EWT) and the entity
// recogniser (trained on CoNLL-2003) expect: clitics are split ("do" "n't",
// "People" "'s"), punctuation stands alone, hyphenated words and numbers stay
// whole, known abbreviations and initials keep their period, URLs and e-mail
// addresses are single tokens, and dashes, ellipses and quotes are tokens of
// their own.
//
// Sentences end at . ! ? (with closing quotes and brackets kept in the
// sentence), at blank lines, after headline or list lines, and before image
// credits that HTML-to-text conversion glued to the preceding word
// ("...in IranImage: AP Photo"). A single line break inside hard-wrapped prose
// does not end a sentence.
//
// The package is rule-based and deterministic, uses no regular expressions
// and allocates only the token and sentence slices. It does not tag, parse or
// normalise text; offsets always refer to the text as given.
package text
