// Package evaluate scores Dossier's whole pipeline against the NewsReader
// MEANTIME corpus (120 English Wikinews articles annotated with entities,
// events, time expressions, semantic roles and cross-document coreference).
//
// It provides a reader of MEANTIME XML (ReadMeantime, ReadMeantimeDir,
// ReadCorpus), the rebuilding of each document's running text from its
// tokens with a token-to-byte-span map (Document.Text), and Evaluate, which
// runs an Analyzer (normally ingest.Default()) over the documents and
// compares what it found with the gold annotation. It does not train or
// tune anything, and it does not score time expressions or temporal links.
//
// # Scoring
//
// System spans are turned into MEANTIME token ranges: every token whose
// rebuilt span overlaps the system span belongs to it.
//
// MEANTIME annotates every entity, event and link only in the headline,
// the dateline and the first five sentences of the body (sentences 0-5,
// AnnotatedSentences); later sentences carry only the mentions of the
// instances annotated across documents (the TimeLine targets). Names,
// events and participants are therefore scored on gold and system items
// that start in sentences 0-5 only (Options.Sentences changes that); the
// clustering score, which judges only gold mentions, uses every sentence.
//
// Named entity mentions. Gold: the ENTITY_MENTIONs whose syntactic_type is
// NAM and whose ENTITY (through REFERS_TO) has ent_type PER, ORG or LOC; a
// leading article ("the United States") is dropped from the extent. System:
// the analysis mentions that are names (kind "name", "alias", "acronym", "gazetteer", "surname",
// "transliteration", "plural" or "short form"; not pronouns,
// nominals or demonyms) typed PERSON, ORG or PLACE, mapped to PER, ORG and
// LOC (MISC has no MEANTIME type and is dropped). The strict score matches
// a system mention to an unused gold mention with the same token extent
// and type (one to one; P = TP/system, R = TP/gold, micro over the corpus,
// and per type). The relaxed score matches on token overlap and same type;
// precision counts the system mentions that overlap some gold mention of
// their type, recall the gold mentions that some system mention of their
// type overlaps. MEANTIME leaves many names unscored: PRE.NAM mentions
// (the premodifier "Apple" of "Apple CEO"), mentions without a
// syntactic_type (most cross-document additions in corpus_airbus and
// corpus_gm), NAM mentions linked to no ENTITY. A system name that equals
// (strict) or overlaps (relaxed) only such a name-like gold mention (first
// and last word capitalised or a number) is left out of precision rather
// than counted wrong; Result.EntitiesIgnored says how many.
//
// Event mentions. Gold: every EVENT_MENTION except those that only group
// coordinated events (more than one token, each token also in another
// event mention: "set and release"). System: the distinct trigger spans of
// the analysis events. Overlap match; precision counts system triggers
// overlapping some gold mention, recall gold mentions overlapped by some
// trigger. MEANTIME annotates every event ("said", "sales", "rose") while
// Dossier extracts a taxonomy of a few kinds, so recall is also given over
// the targeted gold events only: those whose predicate lemma is one
// TargetType knows (see there how the lemmas were chosen). The lemma is
// the pred attribute; where it is empty (all of corpus_gm, half of
// corpus_apple) the PropBank roleset of the EVENT, else the word with a
// regular or listed irregular inflection removed.
//
// Event participants. Gold: the HAS_PARTICIPANT links from an event mention
// to an entity mention (links to VALUEs are dropped), any sem_role. System:
// for each event, each participant entity (and its place), every mention
// of that entity (of any kind, pronouns included) in the trigger's
// sentence gives a (trigger, mention) pair. A pair matches a link when the
// trigger overlaps the gold event mention and the mention overlaps the gold
// entity mention. P and R count matched pairs and matched links. Since an
// event names its participants as entities, not mentions, a second score
// ("nearest") keeps for each participant only its mention nearest to the
// trigger, which leaves out the pronouns of a reported clause ("Apple
// announced that it will...").
//
// Cross-document entity clustering. Items: the gold named mentions above
// that a system name mention (any of the three types) overlaps; the one
// with the largest overlap is taken. Gold cluster: the ENTITY's
// instance_id (the document and ENTITY m_id when it has none). System
// cluster: the mention's entity ID, which is deterministic across
// documents (dossier.EntityID of type and canonical name). B-cubed
// (Bagga and Baldwin 1998) is computed over all documents of a sub-corpus
// at once (and over all sub-corpora for the overall row); the gold names
// no system name overlaps are counted apart (ClusterUnmatched).
//
// MEANTIME is CC BY 4.0 (FBK, VU Amsterdam, UPV/EHU); its documents are
// also the SemEval-2015 TimeLine test set, so corpus_gm and corpus_stock
// are for reporting only: develop on corpus_apple and corpus_airbus.
package evaluate
