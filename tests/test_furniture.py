"""The strip_* filters delete a line only on evidence, and name that evidence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from ocrclean import clean, explain
from ocrclean.boilerplate import boilerplate_drops
from ocrclean.captions import caption_drops, epaper_signature
from ocrclean.pages import running_head_drops
from ocrclean.unicode import normalize_unicode

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


def _whys(drops: list[tuple[int, int, str]], text: str) -> dict[str, str]:
    """The reason of each dropped line, its first drop's where it repeats."""
    whys: dict[str, str] = {}
    for start, end, why in drops:
        whys.setdefault(text[start:end].strip(), why)
    return whys


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        (
            " ??  ?? Putin\nPutin\n",
            "the caption of a picture marker line is printed twice (line 1)",
        ),
        (
            "Text.\n?? AFP/GETTY IMAGES ?? Putin\n",
            "two picture markers hold a photo credit (line 2)",
        ),
        (
            "?? Putin\nBody.\n\nNewspapers in English\n",
            "an e-paper footer: 'Newspapers in English'",
        ),
    ],
    ids=["caption printed twice", "photo credit", "footer"],
)
def test_caption_drops_name_the_signature(text: str, evidence: str) -> None:
    drops = caption_drops(text)
    assert drops
    assert all(evidence in why for _, _, why in drops)


@pytest.mark.parametrize(
    "text",
    [
        "the Turkish\n?? strongholds in the regions of the\nnear east\n",
        "?? notes.txt\n?? build/\n",
        " ???? David Engel\n ???? Jane Doe\n",
        "?? Putin\nPutin said so.\n\nNewspapers in India\n",
    ],
    ids=["historical OCR", "git status", "debian copyright", "a footer lookalike"],
)
def test_no_signature_no_drops(text: str) -> None:
    assert epaper_signature(text) == ""
    assert caption_drops(text) == []


def test_boilerplate_drops_name_what_and_where() -> None:
    text = (
        "Text.\n\nDigitized by Google\nMore.\nGenerated on 2025-01-20 09:09 GMT / "
        "https://hdl.handle.net/2027/mdp.39015012345678\nEnd\n\nOriginal from\nUNIVERSITY OF MICHIGAN"
    )
    whys = _whys(boilerplate_drops(text), text)
    assert whys == {
        "Digitized by Google": "the Google Books stamp, a blank line before it",
        "Generated on 2025-01-20 09:09 GMT / https://hdl.handle.net/2027/mdp.39015012345678": (
            "HathiTrust's page footer, a stamp no sentence holds"
        ),
        "Original from\nUNIVERSITY OF MICHIGAN": (
            "the source library stamp, printed over several lines"
        ),
    }


def test_running_head_drops_name_the_evidence() -> None:
    text = "".join(
        f"RFC 2616    HTTP/1.1    June 1999\n\nThe text\nof page {n}.\n\n"
        f"Fielding, et al.    Standards Track    [Page {n}]\n\f"
        for n in (12, 13, 14)
    )
    whys = _whys(running_head_drops(text), text)
    assert whys["RFC 2616    HTTP/1.1    June 1999"].endswith(
        "the same line at the edges of pages 2, 3"
    )
    assert whys["Fielding, et al.    Standards Track    [Page 12]"].endswith(
        "the same head on page 2 is numbered 13, counting with the pages"
    )
    assert whys[""] == "a page break"


def test_the_edit_log_names_the_evidence() -> None:
    _, changes = explain("Text.\n\n ??  ?? Putin\nPutin\n")
    assert "printed twice" in next(c.why for c in changes if c.step == "strip_captions")


STRIPS: dict[str, Callable[[str], list[tuple[int, int, str]]]] = {
    "strip_boilerplate": boilerplate_drops,
    "strip_captions": caption_drops,
    "strip_running_heads": running_head_drops,
}


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/eval is absent")
def test_no_real_line_of_clean_text_is_deleted() -> None:
    """Clean, real text (licences, NEWS files, drama, code with form feeds) has no furniture
    but page breaks."""
    deleted = []
    for path in sorted((SHARED / "clean-text").glob("*/*.txt")):
        text = normalize_unicode(path.read_text(encoding="utf-8"))
        for name, drops in STRIPS.items():
            deleted += [
                (path.name, name, text[start:end])
                for start, end, _ in drops(text)
                if text[start:end].strip()
            ]
    assert deleted == []


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared/eval is absent")
def test_historical_newspapers_have_no_epaper_captions() -> None:
    """On 300 Chronicling America pages of 1916, "??" marks unreadable letters."""
    pages = sorted((SHARED / "chronam-pages").glob("*.txt"))
    assert pages
    assert [page.name for page in pages if caption_drops(page.read_text(encoding="utf-8"))] == []


def test_a_pressreader_footer_is_evidence_for_single_markers_in_the_pipeline() -> None:
    """strip_captions runs before strip_boilerplate removes the footer it takes as evidence."""
    page = (
        "Putin met Hollande in Paris.\n\n ??  Putin greets Hollande\n\nMore text here.\n\n"
        "Newspapers in English\n\nNewspapers from United States\n"
    )
    assert clean(page) == "Putin met Hollande in Paris.\n\nMore text here.\n"
    assert clean(page.replace("Newspapers", "Papers")).count("??") == 1
