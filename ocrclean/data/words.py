"""Word lists behind the hyphenation filters; each names the artifact it guards against."""

# Prefixes printed with a hyphen before a capitalised word or acronym ("anti-IS",
# "pro-Russian", "non-NATO", "mid-April"); e-paper exports drop that hyphen ("antiIS").
# Left out on purpose: re-/de-/co-/un-, which start brand and personal names spelt in
# camel case ("reCAPTCHA", "deGrom"), and i-/e- ("iPhone", "eBay").
CAPITAL_PREFIXES = frozenset(
    "anti pro non mid pre post ex neo pan semi multi inter intra trans ultra counter pseudo "
    "quasi sub cross self all extra hyper super".split()
)

# Titles before a name ("Mr. Toose", "Capt. Hallett"): the capitalised word after one is a
# name, which word correction leaves alone however much it looks like a misread word.
HONORIFICS = frozenset(
    "mr mrs messrs miss mister master dr rev revd capt captain lieut col gen maj sergt sgt "
    "hon sir lady lord judge mdme mme mons herr pte cpl constable alderman ald".split()
)
# The titles among them that are abbreviations, which a paper may print with a full stop
# ("Mr." or "Mr"); "master", "miss" and "judge" are words, their full stop a sentence's.
ABBREVIATED_TITLES = frozenset(
    "mr mrs messrs dr rev revd capt lieut col gen maj sergt sgt hon mdme mme mons pte cpl "
    "ald".split()
)

# Words OCR prints with a capital I mid-sentence, the dot of the i merged into the stem
# ("held In the hall", "it Is"): word correction lowers them between two lower-case words.
# "It" and "If" start so many sentences that a capital after a lost full stop ("for trial
# It was") is as likely as a misreading: see SENTENCE_STARTERS_IN_I.
CAPITAL_I_MISREADINGS = frozenset("In Is Its Into".split())
# Not lowered as other words are where the text has them lower case ...
SENTENCE_STARTERS_IN_I = frozenset("it if".split())
# Words that start verse lines, capitalised by the poet, and that OCR never makes of their
# lower case: a text that writes them capitalised after a lower-case word or a comma ("the
# storm-tost main And hard on the shore", "straightway, In honour") runs verse into prose,
# and its capital I words start lines too.
VERSE_LINE_STARTERS = frozenset(
    "And For But Yet Though To With Of Or Nor Where When While As Then From Upon".split()
)
# ... but after a word no English sentence ends with, even those: OCR drops full stops
# ("by any means It is an old house"), so "It" and "If" are lowered only after one of these
# ("that It was", "when It appeared", "and If he").
NO_SENTENCE_END = frozenset(
    "a an the and or nor but that when where while whether as because since though although"
    " unless until than of to for with from into upon".split()
)
# Words no English sentence or clause ends with even in speech ("have to.", "come in." and
# "go on." do end one): a misread word before a full stop, colon or semicolon is none of them
# ("from tho. Republic" is not "from the. Republic"; correct._correct_pass keeps the word).
NO_STOP_AFTER = frozenset("a an the of and or nor than its their our your".split())
# ... and words a sentence ends with only now and then ("have to. The", "put on. There"): a
# misread word before a full stop reads as one of them only where a common word, a
# sentence's start, follows; before a name the stop is a speck ("buried nt. Bethel",
# "set bv. Mr. Cromie", "arrange lor. Washington").
STOP_AFTER_RARELY = frozenset("to for at by on in with from into upon".split())

# Languages that write compounds solid ("Eisenbahnverwaltung", "spoorwegmaatschappij"): a
# line-end hyphen between two words is a line break there, even where the word list lacks
# the compound ("Eisenbahn-⏎verwaltung"). English, French, Spanish and Italian hyphenate
# compounds ("self-⏎government", "peut-⏎être", "porte-⏎monnaie"), so a word pair keeps it.
SOLID_COMPOUND_LANGUAGES = frozenset({"de", "nl"})
# First pieces that keep their hyphen in those languages ("ex-⏎minister", "oud-⏎burgemeester",
# "niet-⏎roker", "vice-⏎voorzitter").
HYPHENATED_FIRST_PIECES = frozenset("ex oud niet vice non loco adjunct".split())
# Vowels whose meeting Dutch spells with a hyphen, as they would read as one sound
# ("zee-⏎egel", "auto-⏎ongeluk", "na-⏎apen").
DUTCH_VOWELS = frozenset("aeiouy")

# Words that connect a suspended hyphen to the compound sharing its other half, per language:
# "Arbeits-⏎und Sozialministerium", "Ein- oder Ausgang", "land- en tuinbouw", "pré- et
# postnatal", "macro- y microeconomía", "pre- o postoperatorio", "socio- e economico".
SUSPENSION_CONNECTORS = {
    "de": frozenset("und oder bzw bis sowie".split()),
    "nl": frozenset("en of tot noch als".split()),
    "fr": frozenset("et ou".split()),
    "es": frozenset("y e o u ni".split()),
    "it": frozenset("e ed o od".split()),
}

# How English makes new words of old ones: a word no list knows that is one of these
# prefixes or suffixes on a dictionary word ("unrecommended", "whalemen", "forlornness") is
# an author's formation, not a misreading, in text that otherwise looks clean.
ENGLISH_PREFIXES = (
    "un in im dis mis non re pre fore over out under up be de anti counter inter sub super "
    "self co ex semi half well ill after"
).split()
ENGLISH_SUFFIXES = (
    "s es ed d ing er ers est ly ness less ful fully ish like man men ship ships hood dom "
    "wise ward wards able ible ism ist ists ize ise ized ised ment ments y ies ied ty"
).split()
