"""Page furniture: running heads, page numbers and page separators."""

from __future__ import annotations

import functools
import re
from collections import Counter
from typing import NamedTuple

from rapidfuzz import fuzz

from .data.boilerplate import COUNTED_HEADINGS, PAGE_NUMBER, PAGE_SEPARATORS
from .edits import Edit, narrowed
from .lines import folded, lines_holding

# Lines at each end of a page that may be furniture.
_EDGE_LINES = 2
# Running heads repeat on nearby pages (alternating book / chapter titles on facing pages).
_NEIGHBOUR_PAGES = 4
# A running head without a page number that counts must recur at the edges of half the
# nearby pages (facing pages may carry another head), and of this many at least: a title
# printed twice (a licence's title above its preamble and above its terms) is not a
# running head, nor a line that happens to open a few pages.
_SAME_HEAD_PAGES = 2
_SAME_HEAD = 85  # rapidfuzz ratio for heads of _FUZZY_HEAD characters or more
_FUZZY_HEAD = 15  # shorter heads must repeat exactly ("and the" vs "and then" is body text)
_MIN_HEAD = 3
_MAX_HEAD_CHARS = 80
# A line that is also a whole line this often in the body of the pages is text: a speaker
# cue ("HAMLET."), a heading, a refrain.
_BODY_LINES = 2
_MIN_PAGE_LINES = 3  # on average; below that, form feeds are not page breaks worth reading
_RE_NOT_WORD = re.compile(r"[\W_]+")
_RE_DIGITS = re.compile(r"\d+")
_RE_SPACES = re.compile(r"\s+")
# A page number at the start or end of a running head (the line lower-cased, spaces
# collapsed): "12 the history of rome.", "the kings. 13", "standards track [page 12]".
_RE_FOLIO_START = re.compile(r"[\[(]?(?:page |p\. ?)?(\d{1,4})[\])]?[.,:]? (?=\S)")
_RE_FOLIO_END = re.compile(r"(?:(?<= )|(?<=[\[(]))(page |p\. ?)?(\d{1,4})[\])]?\.?$")
_RE_ROMAN = re.compile(r"m{0,4}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}

Drop = tuple[int, int, str]  # start, end (past the line break) and why


@functools.cache
def _separator() -> re.Pattern[str]:
    lines = "|".join(PAGE_SEPARATORS)
    return re.compile(
        rf"\f(?:[ \t]*\n)?|^[ \t]*(?:{lines})[ \t]*(?:\n|$)", re.IGNORECASE | re.MULTILINE
    )


_RE_PAGE_NUMBER = re.compile(PAGE_NUMBER, re.IGNORECASE)
# Every separator line holds one of these (any case); only lines holding one are tested.
_SEPARATOR_WORDS = ("page", "## p.")


def _has_separator_line(text: str) -> bool:
    """Whether a line of ``text`` is a page separator: only the lines holding "page" or
    "## p." in any case are tested (5x faster than the separator pattern on the text)."""
    lowered = folded(text)
    if lowered is None:  # lower-casing moved positions ("İ"): test the text whole
        return bool(_separator().search(text))
    return any(
        _separator().match(text, start, end + 1)
        for start, end in lines_holding(text, _SEPARATOR_WORDS, lowered=lowered)
    )


class _Head(NamedTuple):
    """A line at a page edge that may be a running head: its text without the page number
    (lower-cased, punctuation as spaces) and that number, if it has one."""

    key: str
    folio: int | None


def _normalized(line: str) -> str:
    return _RE_SPACES.sub(" ", line.strip())


def _number(token: str) -> int | None:
    """The value of a page number: "12", "xiv"; None for letters that are no Roman numeral."""
    if token.isdigit():
        return int(token)
    token = token.lower()
    if not token or not _RE_ROMAN.fullmatch(token):
        return None
    values = [_ROMAN[c] for c in token]
    return sum(-v if v < w else v for v, w in zip(values, values[1:] + [0]))


def _page_number(line: str) -> int | None:
    """The value of a line that is a page number alone ("12", "- 12 -", "Page 12", "xiv")."""
    line = _normalized(line)
    if not _RE_PAGE_NUMBER.fullmatch(line):
        return None
    return _number(line.lower().removeprefix("page ").strip("-\u2013\u2014()[] "))


def _head(line: str) -> _Head | None:
    """A line split into its text and its page number: "12 THE HISTORY OF ROME." and "THE
    HISTORY OF ROME. 14" share the key "the history of rome". A number after a counted
    heading's word ("Chapter 2", "May 3") is part of the text."""
    line = _normalized(line).lower()
    if len(line) > _MAX_HEAD_CHARS:
        return None
    folio = None
    if start := _RE_FOLIO_START.match(line):
        folio, line = int(start.group(1)), line[start.end() :]
    elif end := _RE_FOLIO_END.search(line):
        before = line[: end.start()].split()
        if end.group(1) or not before or before[-1].strip("[(.,:;") not in COUNTED_HEADINGS:
            folio, line = int(end.group(2)), line[: end.start()]
    key = _RE_NOT_WORD.sub(" ", line).strip()
    return _Head(key, folio) if len(key) >= _MIN_HEAD and not key.isdigit() else None


def _same_text(a: str, b: str) -> bool:
    """Whether two heads' texts are the same, OCR errors aside in long ones; their numbers
    must be the same ("Major changes in version 1.6" is not "... 1.5")."""
    if a == b:
        return True
    return (
        min(len(a), len(b)) >= _FUZZY_HEAD
        and _RE_DIGITS.findall(a) == _RE_DIGITS.findall(b)
        and fuzz.ratio(a, b) >= _SAME_HEAD
    )


def _edges(lines: list[str]) -> list[int]:
    """The first and last lines of a page; none on a page too short to have a body."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) <= 2 * _EDGE_LINES:
        return filled[:1] + filled[-1:] if len(filled) > 2 else []
    return filled[:_EDGE_LINES] + filled[-_EDGE_LINES:]


def _body_lines(pages: list[list[str]], edges: list[list[int]], wanted: set[str]) -> Counter[str]:
    """How often each of the ``wanted`` lines is a whole line in the body of a page."""
    seen: Counter[str] = Counter()
    for lines, page_edges in zip(pages, edges):
        edge = set(page_edges)
        seen.update(
            line
            for i, raw in enumerate(lines)
            if i not in edge and (line := _normalized(raw).lower()) in wanted
        )
    return seen


def _furniture(pages: list[list[str]]) -> list[dict[int, str]]:
    """For each page, its page numbers and running heads: line number -> why."""
    edges = [_edges(lines) for lines in pages]
    numbers = [
        {i: n for i in page_edges if (n := _page_number(pages[p][i])) is not None}
        for p, page_edges in enumerate(edges)
    ]
    heads = [
        {i: head for i in page_edges if i not in numbers[p] and (head := _head(pages[p][i]))}
        for p, page_edges in enumerate(edges)
    ]
    in_body = _body_lines(
        pages,
        edges,
        {_normalized(pages[p][i]).lower() for p, page in enumerate(heads) for i in page},
    )
    found: list[dict[int, str]] = []
    for p, lines in enumerate(pages):
        nearby = [
            q
            for q in range(max(0, p - _NEIGHBOUR_PAGES), min(len(pages), p + _NEIGHBOUR_PAGES + 1))
            if q != p
        ]
        drop = {}
        for i, number in numbers[p].items():
            # a page number counts with the pages: page q is numbered q - p after this one
            counted = [
                q
                for q in nearby
                if number + q - p in numbers[q].values()
                or any(head.folio == number + q - p for head in heads[q].values())
            ]
            if counted:
                q = min(counted, key=lambda q: abs(q - p))
                drop[i] = (
                    f"page number {lines[i].strip()!r} of page {p + 1}: page {q + 1} is "
                    f"numbered {number + q - p}, counting with the pages"
                )
        for i, head in heads[p].items():
            if in_body[_normalized(lines[i]).lower()] >= _BODY_LINES:
                continue  # also a line of the text: a speaker cue, a heading
            if why := _head_evidence(head, p, nearby, heads):
                drop[i] = f"running head {lines[i].strip()!r}: {why}"
        found.append(drop)
    return found


def _head_evidence(head: _Head, p: int, nearby: list[int], heads: list[dict[int, _Head]]) -> str:
    """Why ``head``, on page ``p``, is a running head, or "": the same text at the edge of
    a nearby page with a page number that counts with the pages, or the same text, page
    numbers alike or absent, at the edges of half the nearby pages (two at least)."""
    same = []
    for q in nearby:
        for other in heads[q].values():
            if not _same_text(head.key, other.key):
                continue
            if head.folio is not None and other.folio is not None and head.folio != other.folio:
                if other.folio - head.folio == q - p:
                    return (
                        f"the same head on page {q + 1} is numbered {other.folio}, counting "
                        "with the pages"
                    )
                continue  # a number that counts something else: "Chapter 1", "Chapter 2"
            same.append(q)
            break
    if len(same) >= max(_SAME_HEAD_PAGES, (len(nearby) + 1) // 2):
        return f"the same line at the edges of pages {', '.join(str(q + 1) for q in same)}"
    return ""


class _Pages(NamedTuple):
    """A text cut at its page breaks: where each page starts, its lines, and the breaks."""

    starts: list[int]
    lines: list[list[str]]
    breaks: list[tuple[int, int]]


def _pages(text: str) -> _Pages | None:
    """``text`` cut into pages, or None without page breaks."""
    if "\f" not in text and not _has_separator_line(text):
        return None
    breaks = [match.span() for match in _separator().finditer(text)]
    if not breaks:
        return None
    starts = [0] + [end for _, end in breaks]
    ends = [start for start, _ in breaks] + [len(text)]
    return _Pages(starts, [text[s:e].split("\n") for s, e in zip(starts, ends)], breaks)


def _read_pages(pages: _Pages, text: str) -> list[dict[int, str]]:
    """Each page's furniture (line number -> why); none where separators come every line
    or two and do not divide pages (nothing repeats at page edges)."""
    if sum(1 for lines in pages.lines if any(map(str.strip, lines))) * _MIN_PAGE_LINES > text.count(
        "\n"
    ):
        return [{} for _ in pages.lines]
    return _furniture(pages.lines)


def running_head_drops(text: str) -> list[Drop]:
    """What ``strip_running_heads`` removes, and why: ``(start, end, why)``, in order."""
    pages = _pages(text)
    if pages is None:
        return []
    return _drops(pages, _read_pages(pages, text))


def _drops(pages: _Pages, furniture: list[dict[int, str]]) -> list[Drop]:
    drops = [(start, end, "a page break") for start, end in pages.breaks]
    for start, lines, found in zip(pages.starts, pages.lines, furniture):
        offsets = [start]
        for line in lines:
            offsets.append(offsets[-1] + len(line) + 1)
        drops += [(offsets[i], offsets[i + 1], why) for i, why in found.items()]
    return sorted(drops)


def strip_running_heads(text: str) -> str:
    """Remove running heads, page numbers and page separators, and rejoin the pages.

    Pages are split at form feeds (pdftotext, DjVu exports) and at page-separator lines
    (HathiTrust's ``## p. 12 (#14) ####``, ``## p. (#7) ####``, ``--- Page 12 ---``,
    ``[Page 12]``). Of the first and last two lines of each page, these go: a page number
    (``12``, ``- 12 -``, ``Page 12``, ``xiv``) that counts with the pages (page 14 two
    pages after page 12); a running head whose page number counts with the pages on a
    nearby page (``12 THE HISTORY OF ROME`` / ``THE HISTORY OF ROME 14``); a running head
    without one that recurs at the edges of half the eight nearest pages, two at least (OCR
    errors are allowed in heads of 15 characters or more). Pages are rejoined with a blank
    line; the filters after this one rejoin a word or sentence that ran across the page
    break.

    Leaves alone: text without page separators, lines in the body of a page, headings that
    count (``Chapter 1``, ``Chapter 2``; ``May 3, 1890``; ``Major changes in version 1.6:``)
    unless the same heading recurs, a title printed at the top of two pages, a line that
    is also a line of the text (a speaker cue ``HAMLET.``), a number that does not count
    with the pages.

    >>> strip_running_heads("8 THE HISTORY OF ROME\\nThe city grew\\nand grew.\\n\\fTHE KINGS 9\\n"
    ...     "until the\\nkings fell.\\n\\f10 THE HISTORY OF ROME\\nThen came\\nthe republic.\\n- 10 -\\n")
    'The city grew\\nand grew.\\n\\nTHE KINGS 9\\nuntil the\\nkings fell.\\n\\nThen came\\nthe republic.\\n'
    """
    pages = _pages(text)
    if pages is None:
        return text
    kept = [
        "\n".join(line for i, line in enumerate(lines) if i not in furniture).strip("\n")
        for lines, furniture in zip(pages.lines, _read_pages(pages, text))
    ]
    return "\n\n".join(page for page in kept if page.strip()) + (
        "\n" if text.endswith("\n") else ""
    )


def running_head_edits(text: str) -> list[Edit]:
    """What ``strip_running_heads`` changes, and why: the furniture and page breaks go, the
    pages are joined by a blank line. (The filter joins its pages itself, three times faster
    on a text of many short pages; ``apply_edits`` of these edits is the same text, as the
    tests check.)"""
    pages = _pages(text)
    if pages is None:
        return []
    furniture = _read_pages(pages, text)
    # The output: spans of the text (whole pages, or a page's kept lines), each after the
    # text put before it ("\n" between lines, "\n\n" between pages).
    spans: list[tuple[int, int]] = []
    put: list[str] = []
    for start, lines, found in zip(pages.starts, pages.lines, furniture):
        if not found and lines[0] and lines[-1]:  # a page kept whole (most pages)
            end = start + sum(map(len, lines)) + len(lines) - 1
            if text[start:end].strip():
                spans.append((start, end))
                put.append("\n\n" if put else "")
            continue
        kept, offset = [], start
        for i, line in enumerate(lines):
            if i not in found:
                kept.append((offset, offset + len(line)))
            offset += len(line) + 1
        first = next((k for k, (s, e) in enumerate(kept) if s < e), len(kept))
        while kept and kept[-1][0] == kept[-1][1]:  # the page's blank lines at its edges
            kept.pop()
        kept = kept[first:]
        if any(text[s:e].strip() for s, e in kept):
            put += ["\n\n" if put else "", *["\n"] * (len(kept) - 1)]
            spans += kept
    spans.append((len(text), len(text)))
    put.append("\n" if text.endswith("\n") else "")
    drops = _drops(pages, furniture)
    edits, done, first = [], 0, 0  # drops before ``first`` end before the edits
    for (start, end), between in zip(spans, put):
        if text[done:start] != between:
            edit = narrowed(text, done, start, between, "")
            while first < len(drops) and drops[first][1] <= edit.start:
                first += 1
            why = _why(drops, first, edit.start, edit.end)
            edits.append(Edit(edit.start, edit.end, edit.replacement, why))
        done = end
    return edits


def _why(drops: list[Drop], first: int, start: int, end: int) -> str:
    """The reasons of the drops (from the ``first`` on) an edit of ``text[start:end]``
    overlaps."""
    end, reasons, k = max(end, start + 1), [], first
    while k < len(drops) and drops[k][0] < end:
        if start < drops[k][1]:
            reasons.append(drops[k][2])
        k += 1
    return "; ".join(dict.fromkeys(reasons)) or "the pages rejoined with a blank line"
