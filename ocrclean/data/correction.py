"""Word lists behind ``correct_words``'s guards; each names the artifact it protects."""

# Period and poetic words that look like misreadings of commoner ones ("thee" of "these",
# "nor" of "not", "ere" of "were", "'tis" of "is"): in 17th-19th century prints, verse and
# drama they are the author's words, and never corrected.
PERIOD_WORDS = frozenset(
    "thee thou thy thine ye hath doth dost hast art wilt shalt canst couldst wouldst shouldst "
    "didst hadst wast nor shew shewn shewed shewing ere oft ay nay aye tis twas twere unto "
    "whilst amongst betwixt wherefore thence hence whence thither hither yea yon yonder "
    "methinks mine anon bee fain prithee wont sate spake bade quoth hie sith ne er o'er e'er".split()
)

# Spelling changes between period and modern print (OCR does not make them), as (old, new)
# segments: "himselfe" is "himself" with a final e, "foorth" "forth" with a doubled o,
# "souldier" "soldier" with u, "hyred" "hired". Tried once or twice on an unknown word; a
# word they turn into a common one is period spelling and kept.
PERIOD_SPELLINGS = (
    ("ou", "o"),
    ("ou", "oo"),
    ("ai", "a"),
    ("aw", "au"),
    ("au", "a"),
    ("y", "i"),
    ("ie", "y"),
    ("ee", "ie"),
    ("u", "v"),
    ("v", "u"),
    ("i", "j"),
)

# French spelling before the 1835 reform and in old prints, as (old, new) segments: "avoit"
# (avait), "connoître", "loix", "isle" (île), "celuy". OCR does not make these changes; a word
# they turn into a common one is the author's, and kept.
OLD_FRENCH_SPELLINGS = (
    ("oi", "ai"),
    ("oy", "oi"),
    ("y", "i"),
    ("ix", "is"),
    ("is", "î"),
    ("as", "â"),
    ("es", "ê"),
    ("os", "ô"),
    ("us", "û"),
    ("é", "è"),
)
# Old endings and their modern ones: "enfans" (enfants), "tems" (temps), "sçavoir".
OLD_FRENCH_ENDINGS = (("ens", "ent"), ("ans", "ant"), ("ems", "emps"), ("ez", "és"))

# Verb endings by language, with the infinitive ending they replace: a word the list lacks
# whose infinitive is common is a rare tense of a common verb ("résistai", "cédâmes",
# "portast"), not a misreading.
VERB_ENDINGS = {
    "fr": tuple(
        (ending, "er")
        for ending in "ai as a âmes âtes èrent asse asses ât assions assiez assent ast "
        "erai eras era erons erez eront erais erait erions eriez eraient".split()
    ),
}

# Words common in a language's prose, by language code, that no other language of Latin
# print uses as often: a paragraph where they are rare is not in that language, and its
# word correction would rewrite it ("und" -> "and"). English: "in", "is", "an", "so",
# "was", "had", "will" are German or Dutch too; French: "des", "du" and "que" are German,
# Dutch or Spanish too.
MARKERS = {
    "fr": frozenset(
        "le la les est une dans pour pas par aux cette ils elle sont avec mais leur nous vous "
        "qui été fait ces sur ont était".split()
    ),
}

# English function words no other language of Latin print shares often ("in", "is", "an", "so",
# "was", "had", "will" are German or Dutch too): a paragraph where they are rare is not
# English, and English word correction would rewrite it ("und" -> "and").
ENGLISH_MARKERS = frozenset(
    "the of and to that with for it as his he be by at this which are were you from have "
    "not but they their she her would been has when there what or its who them our these "
    "than then some could other into only any upon should those such more very said".split()
)

# Marks of code, Markdown and markup ("`stdio`", "**kwds", "*ndigits*", "<b>", "[link]"):
# a token holding one is an identifier or formatted text, never corrected.
CODE_MARKS = frozenset("`*_<>{}[]=#|\\/@$~^+")

# Marks OCR makes of specks and broken letters, never typeset around a word: a corrected
# word sheds them ("tbe■" -> "the"); every other mark around a word is kept.
SPECKS = "\u00ab\u00bb\u00ac\u25a0\u2022\u00b0\u00a6"

MARKERS["en"] = ENGLISH_MARKERS
