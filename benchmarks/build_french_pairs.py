"""Build ``ocrclean/data/french_pairs.txt.gz``: how often French prose prints two words side
by side, the French context table of ``correct_words`` (English uses symspellpy's bigrams).

The running text is the French documentation Debian ships, fetched by package name with
``apt-get download`` (run ``apt-get update`` once first) and read from the .deb files:

    package                   licence                     what
    manpages-fr               GPL-3+                      French manual pages (roff)
    debian-reference-fr       GPL-2+                      Debian reference, French (HTML)
    developers-reference-fr   GPL-2                       Debian developers' reference (HTML)
    maint-guide-fr            GPL-2+ / MIT                New maintainers' guide (HTML)
    debian-faq-fr             verbatim copies permitted   Debian FAQ (HTML)
    libreoffice-help-fr       MPL-2.0                     LibreOffice help (HTML)
    gimp-help-fr              GFDL                        GIMP user manual (HTML)

About 2.2 million words of modern French prose (code, preformatted text and roff requests
left out). Two words count as a pair where the table is asked about them: adjacent tokens of
letters (between punctuation as ``correct_words`` parses them), the first with no mark after
it and the second with none before it, in lower case. Pairs seen fewer than MIN_COUNT times
are left out. Only the counts are shipped, no text. The first line holds the number of word
tokens read. Nothing here comes from the evaluation sets.

    python3 benchmarks/build_french_pairs.py [FOLDER_OF_DEBS]

Without a folder the packages are downloaded into a temporary one. Same output, byte for byte,
from the same packages.
"""

from __future__ import annotations

import gzip
import html.parser
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

OUTPUT = Path(__file__).resolve().parent.parent / "ocrclean" / "data" / "french_pairs.txt.gz"
PACKAGES = (
    "manpages-fr",
    "debian-reference-fr",
    "developers-reference-fr",
    "maint-guide-fr",
    "debian-faq-fr",
    "libreoffice-help-fr",
    "gimp-help-fr",
)
MIN_COUNT = 2  # a pair seen once is as likely an accident of the text as French usage
_RE_WORD = re.compile(r"([^\w]*)([^\W\d_]+)((?:['\u2019]s)?[^\w]*)")
_RE_PARAGRAPH = re.compile(r"\n\s*\n")
_RE_ROFF_ESCAPE = re.compile(r"\\f\(..|\\f.|\\\(..|\\\*\(..|\\\*.|\\.")
_ROFF_BREAKS = (".PP", ".SH", ".SS", ".TP", ".P", ".LP", ".IP", ".sp", ".br", ".nf", ".fi")
_ROFF_TEXT = re.compile(r"\.(?:B|I|BI|IB|BR|RB|IR|RI|SM|SB)\s+(.*)")


class _Prose(html.parser.HTMLParser):
    """The text of an HTML page, a paragraph per block, without code or preformatted text."""

    SKIP = frozenset("script style pre code tt kbd samp head var".split())
    BLOCK = frozenset(
        "p div li td th h1 h2 h3 h4 h5 h6 br dt dd tr title table ul ol dl caption".split()
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.skipping += tag in self.SKIP
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1
        if tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def html_text(data: bytes) -> str:
    parser = _Prose()
    parser.feed(data.decode("utf-8", "replace"))
    return "".join(parser.parts)


def man_text(data: bytes) -> str:
    """The prose of a roff manual page: text lines and the text of font requests."""
    out = []
    for line in data.decode("utf-8", "replace").splitlines():
        if line.startswith((".", "'")):
            if line.startswith(_ROFF_BREAKS):
                out.append("")
            elif found := _ROFF_TEXT.match(line):
                out.append(found.group(1).replace('"', ""))
            continue
        out.append(_RE_ROFF_ESCAPE.sub(lambda m: "-" if m.group(0) == "\\-" else "", line))
    return "\n".join(out)


def texts(folder: Path) -> list[str]:
    """The French prose of every package in ``folder`` (.deb files), in a fixed order."""
    found = []
    for deb in sorted(folder.glob("*.deb")):
        with tempfile.TemporaryDirectory() as tree:
            subprocess.run(["dpkg-deb", "-x", str(deb), tree], check=True)
            for path in sorted(Path(tree).rglob("*")):
                name = str(path.relative_to(tree))
                if not path.is_file():
                    continue
                if "/man/fr" in name and name.endswith(".gz"):
                    found.append(man_text(gzip.decompress(path.read_bytes())))
                elif name.endswith(".html") and ("/fr/" in name or "-fr" in name):
                    found.append(html_text(path.read_bytes()))
    return found


def count(documents: list[str]) -> tuple[int, Counter[tuple[str, str]]]:
    tokens = 0
    pairs: Counter[tuple[str, str]] = Counter()
    for document in documents:
        for paragraph in _RE_PARAGRAPH.split(document):
            previous = None  # the last word, when nothing followed it
            for token in paragraph.split():
                found = _RE_WORD.fullmatch(token)
                if not found:
                    previous = None
                    continue
                lead, core, tail = found.groups()
                word = core.lower()
                tokens += 1
                if previous and not lead:
                    pairs[previous, word] += 1
                previous = None if tail else word
    return tokens, pairs


def main() -> None:
    if len(sys.argv) > 1:
        documents = texts(Path(sys.argv[1]))
    else:
        with tempfile.TemporaryDirectory() as folder:
            subprocess.run(["apt-get", "download", *PACKAGES], cwd=folder, check=True)
            documents = texts(Path(folder))
    tokens, pairs = count(documents)
    kept = sorted((pair, n) for pair, n in pairs.items() if n >= MIN_COUNT)
    with gzip.GzipFile(OUTPUT, "wb", compresslevel=9, mtime=0) as raw:
        raw.write(f"{tokens}\n".encode())
        raw.write("".join(f"{a} {b} {n}\n" for (a, b), n in kept).encode("utf-8"))
    print(f"{OUTPUT}: {len(kept)} pairs from {tokens} word tokens", file=sys.stderr)


if __name__ == "__main__":
    main()
