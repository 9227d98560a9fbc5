"""Rebuild ocrclean/data/languages.py (the word profiles of language detection), or check it.

    python3 benchmarks/build_language_data.py          # rewrite it from the installed wordfreq
    python3 benchmarks/build_language_data.py --check  # exit 1 unless it matches

Each profile is the commonest words of a language with their Zipf frequency, from wordfreq's
own lists (0.1-0.7 s per language to load, so they are built ahead, not at start-up). Latin,
which wordfreq lacks, is written by hand below. The same inputs give the same bytes.
"""

from __future__ import annotations

import math
import sys
import textwrap
from importlib.metadata import version
from pathlib import Path

import wordfreq

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "ocrclean" / "data" / "languages.py"

# Languages ocrclean cleans with language-aware rules.
SUPPORTED = ("en", "de", "fr", "nl", "es", "it")
# Languages it only needs to recognise in order to leave them alone: the Latin-script
# languages most often mistaken for a supported one (Portuguese for Spanish, Catalan for
# Spanish or French, the Scandinavian languages for German or Dutch...).
OTHERS = ("pt", "ca", "ro", "sv", "da", "nb", "pl", "cs", "fi", "hu", "tr", "id")
WORDS_PER_LANGUAGE = 300

# Latin: its commonest function words and forms of esse, most common first (the Perseus and
# Latin Library word counts agree on the head of the list), weighted by Zipf's law from "et",
# about 3.5% of Latin words (Zipf 7.6).
LATIN = (
    "et in est non ad cum quod ut sed qui quae si de esse ex a ab per se quam enim autem "
    "hoc nec neque atque ac etiam sunt haec eius tamen quid vel ita sic nam igitur ergo "
    "eum eam id ille illa ipse quo qua quia nisi dum ubi tum tunc iam nunc omnia omnes "
    "inter post ante pro sine sub super apud contra propter erat fuit esset sit ego tu "
    "nos vos mihi tibi nobis vobis me te sua suis cuius quibus quos quas quem cui sibi "
    "eo ea eos eorum earum his hic huius illud illi illo ipsa ipsum magis modo semper "
    "quoque quidem vero deinde itaque autem unde inde ibi aut an sive seu ne nihil "
    "omnium omnibus fuerunt erant essent sint esse potest possunt fieri factum dixit "
    "deus dei deo domini dominus populi rerum rei res quoniam quasi tantum sicut"
).split()


def profiles() -> dict[str, dict[str, float]]:
    """Each language's commonest alphabetic words with their Zipf frequency."""
    table: dict[str, dict[str, float]] = {}
    for lang in SUPPORTED + OTHERS:
        words: dict[str, float] = {}
        for word in wordfreq.top_n_list(lang, WORDS_PER_LANGUAGE * 2):
            if word.isalpha() and len(words) < WORDS_PER_LANGUAGE:
                words[word] = round(wordfreq.zipf_frequency(word, lang), 2)
        table[lang] = words
    latin: dict[str, float] = {}
    for rank, word in enumerate(dict.fromkeys(LATIN)):
        latin[word] = round(7.6 - math.log10(rank + 1), 2)  # Zipf's law: frequency ~ 1 / rank
    table["la"] = latin
    return table


def render() -> str:
    lines = [
        '"""Word profiles for language detection (ocrclean/language.py).',
        "",
        f"Built by benchmarks/build_language_data.py from wordfreq {version('wordfreq')}; do not edit.",
        '"""',
        "",
        "# Languages ocrclean has language-aware rules for; the others are detected only to be left alone.",
        "SUPPORTED_LANGUAGES = (" + ", ".join(f'"{lang}"' for lang in SUPPORTED) + ")",
        "",
        "# Each language's commonest words as 'word:zipf' (Zipf frequency: log10 of occurrences per",
        "# billion words), commonest first; strings, not dicts, so that importing them is cheap.",
        "COMMON_WORDS: dict[str, str] = {",
    ]
    for lang, words in profiles().items():
        pairs = " ".join(f"{word}:{zipf}" for word, zipf in words.items())
        lines.append(f'    "{lang}": (')
        lines.extend(f'        "{line} "' for line in textwrap.wrap(pairs, 88))
        lines[-1] = lines[-1][:-2] + '"'
        lines.append("    ),")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main() -> int:
    text = render()
    if "--check" in sys.argv[1:]:
        same = TARGET.read_text(encoding="utf-8") == text
        print(f"{TARGET.relative_to(ROOT)}: {'in sync' if same else 'STALE, rebuild it'}")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {TARGET.stat().st_size / 1e3:.0f} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
