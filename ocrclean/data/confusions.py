"""OCR confusions behind ``correct_words``: how print is misread, as log10 P(OCR | true).

LEARNED is learned from raw 1916 newspaper OCR alone, no ground truth (see
learned_confusions.py for how); TYPICAL adds the classic shape confusions of OCR engines and
the accents OCR set up for other languages adds to English words, at a modest probability;
each confusion is as likely as the likelier of the two says. Keys are (as OCR printed it, as
it should read), lower case.
"""

from .learned_confusions import LEARNED

# The accented letters of Latin print, by the plain letter they carry a mark on.
_ACCENTED = {
    "a": "àâä", "e": "éèêë", "i": "îï", "o": "ôö", "u": "ùûü", "c": "ç", "n": "ñ",
}  # fmt: skip

# Shapes OCR engines merge or split (Kukich 1992; Reynaert 2008): two narrow letters read
# as one wide one and back, c/e and b/h in worn type, long s read as f.
TYPICAL = {
    ("rn", "m"): -2.5, ("m", "rn"): -2.5, ("in", "m"): -2.7, ("ni", "m"): -2.7,
    ("li", "h"): -2.5, ("h", "li"): -2.7, ("ii", "u"): -2.5, ("ii", "n"): -2.7,
    ("cl", "d"): -2.5, ("d", "cl"): -2.7, ("tb", "th"): -2.3, ("c", "e"): -2.3,
    ("e", "c"): -2.5, ("f", "s"): -2.5, ("vv", "w"): -2.5, ("ri", "n"): -2.7,
    ("l", "i"): -2.3, ("i", "l"): -2.5, ("rn", "in"): -2.7, ("u", "n"): -2.3, ("n", "u"): -2.3,
    ("d", "il"): -2.7, ("m", "in"): -2.5,
    # Accents OCR set up for other languages adds to English words ("thé", "éloquent")
    **{(accented, plain): -3.5 for plain, marks in _ACCENTED.items() for accented in marks},
}  # fmt: skip

# Each confusion as likely as the likelier of the two tables says.
CONFUSIONS = {
    key: max(logp, TYPICAL.get(key, logp)) for key, logp in {**TYPICAL, **LEARNED}.items()
}

# Accents OCR loses, adds or reads as another (French, German, Spanish print: "a" for "à",
# "lés" for "les", "élé" for "été" needs an l/t besides): generic shapes, as likely as the
# commonest letter confusions, for text in a language that writes them.
ACCENTS = {
    **{(plain, accented): -2.0 for plain, marks in _ACCENTED.items() for accented in marks},
    **{(accented, plain): -2.0 for plain, marks in _ACCENTED.items() for accented in marks},
    **{
        (one, other): -2.3
        for marks in _ACCENTED.values()
        for one in marks
        for other in marks
        if one != other
    },
}
