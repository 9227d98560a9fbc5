"""Word lists and line shapes behind ``normalize_spacing``; each names the damage it prevents."""

import re

from .words import HONORIFICS

# Words that cannot end a sentence: a stray OCR dot after one ("Grand Army of the .Republic",
# "By .Associated Press", "Edit your .Xresources") is never made a full stop. Articles,
# prepositions, conjunctions, determiners and auxiliaries of English, with the articles and
# prepositions of French, German, Spanish and Dutch.
FUNCTION_WORDS = frozenset(
    "a an the of and or nor but by to in into on onto upon at for with from as than via per "
    "your my our their his her its whose which who whom this that these those no not "
    "against between than "
    "is are was were be been am has have had do does did will would shall should can could "
    "may might must "
    "de la le les du des au aux et un une en sur par pour dans avec "
    "der die das den dem des und von zu mit im am ein eine einer einem einen "
    "el los las del y con por para al una "
    "het een van op te met "
    # the commonest of them as old print OCR misreads them ("tne .The", "aud .The")
    "tho tbe tne ihe thc ot aud ami anu".split()
)

# Abbreviated titles and name parts a full stop follows without ending a sentence
# ("Gen .Grant", "St .Louis"), with the honorifics the word filters know.
TITLES = HONORIFICS | frozenset("st ste gen gov sen rep prof jr sr ft mt no vol fig pp".split())

# Capitalised words that open sentences, not names: a dot glued between a word and one of
# these ("it was over.The next day") is a full stop that lost its space. A dot before any
# other capitalised word is left alone: "pathlib.Path", "cluster.Worker", "Math.Max".
SENTENCE_STARTERS = frozenset(
    "The A An He She It They We You This That These Those There Then But And Yet So In On At "
    "As If When While After Before Although Though His Her Its Their Our My Your Some Many "
    "Most All Each Every Not One Both Such What Why How Where Who".split()
)

# Lines holding code or a command, where a space next to punctuation is syntax, not an OCR
# slip: inline code (backticks), braces, operators, shell options ("pip install -e .",
# "docker build -t myapp .").
CODE_LINE = re.compile(r"`|[{}]|==|=>|->|::|\$\(|(?<!\S)--?[a-z][a-z-]*(?=\s|$)")
