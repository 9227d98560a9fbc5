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

# Words OCR prints with a capital I mid-sentence, the dot of the i merged into the stem
# ("held In the hall", "it Is"): word correction lowers them between two lower-case words.
# Left out: "It" and "If", which start so many sentences that a capital after a lost full
# stop ("for trial It was") is as likely as a misreading.
CAPITAL_I_MISREADINGS = frozenset("In Is Its Into".split())
# Never lowered, even where the text has them lower case.
SENTENCE_STARTERS_IN_I = frozenset("it if".split())
