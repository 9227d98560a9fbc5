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
    ("sw", "su"),  # perswaded
    ("ay", "ey"),  # convay, survay
    ("ow", "ou"),  # sowre, flowre
)

# Vowel spellings of period print that OCR of a modern page makes too ("oan" is a misread
# "can", not a period "on"; "metrea" a misread "metres"): tried only inside words of
# PERIOD_LONG_MIN letters or more, and only to keep a word of a text spelled in a period
# style, never as a sign that a text is one.
PERIOD_LONG_SPELLINGS = (
    ("oa", "o"),  # hoast, choake, cloake
    ("o", "oa"),  # rosted
    ("ea", "e"),  # seaven
    ("ee", "ea"),  # insteed
    ("e", "ea"),  # appered
)
PERIOD_LONG_MIN = 5

# Past tenses in -t after a voiceless consonant ("knockt", "wisht", "fetcht", "stopt",
# "mixt"): the letters before the t, and the -ed ending they stand for.
PERIOD_PAST_T = "kshpxfc"

# French spelling before the 1835 reform and in old prints, as (old, new) segments: "avoit"
# (avait), "connoître", "loix", "isle" (île), "celuy", "vûe", "nuë". OCR does not make these changes; a word
# they turn into a common one is the author's, and kept.
OLD_FRENCH_SPELLINGS = (
    ("oi", "ai"),
    ("oî", "aî"),
    ("oy", "oi"),
    ("y", "i"),
    ("ix", "is"),
    ("is", "î"),
    ("as", "â"),
    ("es", "ê"),
    ("os", "ô"),
    ("us", "û"),
    ("é", "è"),
    ("û", "u"),
    # a diaeresis on the e after a vowel (poëte, nuë, aërien); on any other e it is a misreading
    ("aë", "ae"),
    ("oë", "oe"),
    ("uë", "ue"),
    ("ië", "ie"),
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

# Words before a number in references, not before the pronoun I nor an exclamation mark:
# "No. 1 was", "vol. 1 is", "question 1 The".
NUMBERED = frozenset(
    "no nos vol vols p pp fig figs art arts sec ch chap col cols page pages number lot class "
    "section article figure table plate platform room box route ward division district grade "
    "form act scene verse psalm line step item part book stage volume chapter block gate pier "
    "berth wharf hole heat race round game match station track lane street avenue road "
    "version release edition episode season series phase level question lesson example "
    "problem exercise appendix note rule unit".split()
)

# Words before a number more than before the pronoun I: prepositions of time, place and amount
# ("past 1 was", "about 1 will", "till 1 am"), and words before both.
BEFORE_NUMBERS = frozenset(
    "at about past till until after before by to from of in on for than around near over under "
    "since between towards toward via per and or is was are were only nearly almost some".split()
)

# Letters OCR makes of a ligature of old types, and the ligature's letters ("nrst" is
# "first": fi read as n; "omcial" "official", "amiction" "affliction": ffi and ffl read as
# m; "ërst" "first"): the readings correct._ligature_readings tries.
LIGATURE_LETTERS = {"n": ("fi",), "m": ("ffi", "ffl"), "\u00eb": ("fi",)}

# Digits OCR reads for letters of like shape inside a word, and the letters each may be
# ("wa3": "was", "8tate": "state", "go1d": "gold", "n6t": "not", "sacri6ce": the "fi"
# ligature read as a 6): the readings _letter_digits tries.
DIGIT_LETTERS = {
    "0": ("o",),
    "1": ("l", "i", "t"),
    "3": ("s", "e"),
    "5": ("s",),
    "6": ("fi", "o", "e", "s", "b", "f"),
    "7": ("f", "t"),
    "8": ("s", "b"),
    "9": ("g",),
}
# Digits as tall as a capital, not a lower-case letter: a word one of them starts is read
# capitalised ("8tate", "8idney": not "state", "sidney").
CAPITAL_DIGITS = "8"

# Words that never follow the pronoun I, whatever a page's OCR debris suggests ("It 1 not",
# "1 ll", "1 it"): a 1 before one is no misread I.
NEVER_AFTER_I = frozenset(
    "not the a an he she it they we you him her them his its their our your of to in on at "
    "by for from with and or ll ve re s t d m".split()
)

# Accented spellings English keeps from French though word lists count the plain form far
# more often ("rôle", "début", "séance", "régime"): a text that shows OCR's habit of adding
# accents ("gréât", "présent") still keeps these, unless it writes the plain form too.
ENGLISH_ACCENTED_WORDS = frozenset(
    "rôle rôles séance séances début débuts régime régimes éclat élan détente cortège élite "
    "décor dépôt entrée entrées matinée matinées première soirée soirées crêpe précis "
    "émigré émigrés naïveté blasé mêlée melée élève".split()
)

# Capitals whose small letter has the same shape, only smaller. A c read as one of them
# was as tall as a capital: "Oarthage" is "Carthage", "Ohurch" "Church". (For the other
# letters OCR misjudges the size too often to tell: "Wlth" is "with", "Sccn" is "seen".)
SIZE_ONLY_CAPITALS = "COSUVWXZ"

# Marks of code, Markdown and markup ("`stdio`", "**kwds", "*ndigits*", "<b>", "[link]"):
# a token holding one is an identifier or formatted text, never corrected.
CODE_MARKS = frozenset("`*_<>{}[]=#|\\/@$~^+")

# Marks OCR makes of specks and broken letters, never typeset around a word: a corrected
# word sheds them ("tbe■" -> "the"); every other mark around a word is kept.
SPECKS = "\u00ab\u00bb\u00ac\u25a0\u2022\u00b0\u00a6"
# A token of one of these alone between two words of noisy English OCR is a speck, a column
# rule or a stray quote ("the | expense", "objected ' to"): no English word. Left out: "/"
# ("and / or"), "\\" (a shell's line continuation), digits (numbers), "«" and "»" (misread
# letters, see MARK_LETTERS), "¡" and, but after the words below, "i" (a misread ";" or
# "!" in books: "all seemed wrong ¡ Red, green", "he was angered i perhaps").
STRAY_TOKENS = frozenset("' | _ ^".split())
# ... and a lone "I", "i" or "j" after one of these words, where no pronoun stands ("the I
# country", "of i a low hill"; not "after I left", "this I know", "for I have", nor after a
# word that may end a clause whose comma OCR lost: "bows on I have", "in I think").
STRAY_LETTER_AFTER = frozenset("a an the of into upon from with any many some every each".split())

MARKERS["en"] = ENGLISH_MARKERS

# French subject pronouns as OCR misreads them, lower case: "11" and "II" for "Il", "Us" and
# "lls" for "Ils". A form that is also a number or another word ("11", "II", "us") is read as
# the pronoun only where the pronoun fits (see correct._french_pronouns).
FRENCH_PRONOUN_MISREADINGS = {
    "11": "il", "ii": "il", "1l": "il", "l1": "il",
    "us": "ils", "lls": "ils", "iis": "ils", "11s": "ils",
}  # fmt: skip
# Elided words that follow a French subject pronoun: "Il n'a", "Il s'agit", "Il m'a dit".
FRENCH_AFTER_PRONOUN_ELISIONS = ("n'", "s'", "m'", "t'", "n\u2019", "s\u2019", "m\u2019", "t\u2019")

# French words that never end a clause: an article, a preposition, a conjunction, a possessive.
# A full stop or apostrophe glued to one before a lower-case word is a speck OCR read as a mark
# ("de. la ville", "la' maison"); a comma is not ("et, au lieu de"): see
# correct._french_stray_marks.
FRENCH_NEVER_LAST = frozenset(
    "de du des la à au aux et que avec dans ce cette ces sa ses son mon ma mes ta tes ton "
    "nos vos".split()
)
FRENCH_STRAY_MARKS = ".'\u2019"
