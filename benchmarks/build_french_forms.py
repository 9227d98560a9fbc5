"""Build ``ocrclean/data/french_forms.txt.gz``: inflected French words that wordfreq's French
list lacks ("vîntes", "souffris", "défendis", "régnais", "nagions"), so that ``correct_words``
keeps them as the author's words instead of correcting them as misreadings.

The forms are those of Dicollecte's French Hunspell dictionary, "classique" v7.0 (licence
MPL-2.0), as Debian ships it in the package ``hunspell-fr-classical``: its stems expanded with
their affixes by ``unmunch`` (package ``hunspell-tools``), keeping lower-case words of letters
only, less the words wordfreq's French list already has. One word a line, sorted.

    apt-get install hunspell-tools   # for unmunch
    python3 benchmarks/build_french_forms.py [hunspell-fr-classical.deb]

Without a .deb the package is fetched with ``apt-get download`` (run ``apt-get update`` once).
"""

from __future__ import annotations

import gzip
import subprocess
import sys
import tempfile
from pathlib import Path

from ocrclean.lexicon import frequencies

OUTPUT = Path(__file__).resolve().parent.parent / "ocrclean" / "data" / "french_forms.txt.gz"
PACKAGE = "hunspell-fr-classical"


def forms(deb: Path) -> set[str]:
    with tempfile.TemporaryDirectory() as tree:
        subprocess.run(["dpkg-deb", "-x", str(deb), tree], check=True)
        folder = Path(tree) / "usr" / "share" / "hunspell"
        expanded = subprocess.run(
            ["unmunch", str(folder / "fr.dic"), str(folder / "fr.aff")],
            capture_output=True,
            check=True,
        ).stdout.decode("utf-8", "replace")
    found = set()
    for line in expanded.splitlines():
        word = line.strip().split("/")[0]
        if word.isalpha() and word == word.lower():
            found.add(word)
    return found


def main() -> None:
    if len(sys.argv) > 1:
        words = forms(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(["apt-get", "download", PACKAGE], cwd=folder, check=True)
            words = forms(next(Path(folder).glob("*.deb")))
    known = frequencies("fr")
    extra = sorted(word for word in words if word not in known)
    with gzip.GzipFile(OUTPUT, "wb", compresslevel=9, mtime=0) as out:
        out.write("".join(word + "\n" for word in extra).encode("utf-8"))
    print(f"{OUTPUT}: {len(extra)} forms of {len(words)}", file=sys.stderr)


if __name__ == "__main__":
    main()
