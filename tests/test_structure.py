"""Structures keep their lines: each kind set between hard-wrapped prose, which is unwrapped.

Every sample sits between two paragraphs of hard-wrapped prose, so that ``unwrap_lines`` runs
(a text that is not hard-wrapped is left alone whatever it holds); the prose must be unwrapped
and every line of the sample must come out as it went in.
"""

from __future__ import annotations

import pytest

from ocrclean import clean
from ocrclean.paragraphs import rejoin_broken_paragraphs, unwrap_lines
from ocrclean.structure import is_structured

PROSE = (
    "the troops were moved to the northern front in the spring, where they\n"
    "held the line against repeated attacks for most of the summer and into\n"
    "the autumn, before the winter set in at last and the roads were closed\n"
    "by snow from the passes down to the river and the towns along its banks\n"
    "until the spring."
)
UNWRAPPED = " ".join(PROSE.split("\n"))

KEPT = {
    "verse: a sonnet": (
        "Shall I compare thee to a summer's day?\n"
        "Thou art more lovely and more temperate:\n"
        "Rough winds do shake the darling buds of May,\n"
        "And summer's lease hath all too short a date;"
    ),
    "verse: lower-case short lines": (
        "so much depends\nupon\n\na red wheel\nbarrow\n\nglazed with rain\nwater\n\n"
        "beside the white\nchickens."
    ),
    "verse: tercets": (
        "In the midway of this our mortal life,\n"
        "I found me in a gloomy wood, astray\n"
        "Gone from the path direct: and e'en to tell"
    ),
    "verse: indented": (
        "     Not marching now in fields of Thrasymene,\n"
        "     Where Mars did mate the Carthaginians;\n"
        "     Nor sporting in the dalliance of love,"
    ),
    "table: tab-separated": (
        "tcpmux\t\t1/tcp\t\t\t\t# TCP port service multiplexer\n"
        "echo\t\t7/tcp\n"
        "echo\t\t7/udp\n"
        "discard\t\t9/tcp\t\tsink null"
    ),
    "table: aligned columns": (
        "Name       Goals    Assists\nSmith         12         4\nJones          9        11"
    ),
    "table: markdown pipes": "| name | port |\n|------|------|\n| echo | 7 |\n| ftp | 21 |",
    "table: csv": (
        "version,codename,series,created\n1.1,Buzz,buzz,1993-08-16\n1.2,Rex,rex,1996-06-17"
    ),
    "table: csv with spaces": "seed, 0xdeadbeaf\n0, 0xc816921f\n1, 0xb3623c6d\n2, 0x5fa391bb",
    "table: one word a line": (
        "application/3gpp-ims+xml\napplication/3gppHal+json\napplication/3gppHalForms+json"
    ),
    "table: tab rows and one-word rows": (
        "application/andrew-inset\t\t\tez\n"
        "application/applefile\n"
        "application/at+jwt\n"
        "application/atom+xml\t\t\t\tatom"
    ),
    "code: python": "for i in range(10):\n    print(i)\n    i = 5\nreturn i",
    "code: imports": "import sys as _sys\nimport warnings\nfrom gettext import gettext as _",
    "code: c": (
        "#ifdef __cplusplus\n"
        'extern "C" {\n'
        "#endif\n"
        "/* Copy N bytes of SRC to DEST,\n"
        "   correct for overlapping strings. */\n"
        "extern void *memcpy (void *__dest, const void *__src,\n"
        "                     size_t __n);"
    ),
    "code: shell prompts": "$ ./configure --prefix=/usr\n$ make\n$ make install",
    "list: bullets": "- a new library for the east end\n- more buses on the night routes\n- lower fees",
    "list: numbers": "1. open the valve slowly\n2. wait for the pressure\n3. close the valve",
    "address": "Jane Doe\n123 Main St.\nSpringfield, IL 62701",
    "header fields": (
        "From: Jane Doe <jane@example.org>\n"
        "Subject: the minutes of the meeting\n"
        "Date: Tue, 3 May 1999 10:00:00 +0200"
    ),
    "quoted e-mail": (
        "> the troops were moved to the northern\n"
        "> front in the spring, where they held\n"
        "> the line against repeated attacks"
    ),
    "comment block": (
        "# New ports will be added on request if they have been officially assigned\n"
        "# by IANA and used in the real-world or are needed by a debian package."
    ),
    "subtitles": (
        "1\n00:00:01,500 --> 00:00:04,500\nthe troops were moved\nto the northern front\n\n"
        "2\n00:00:04,501 --> 00:00:07,500\nwhere they held the line"
    ),
    "drama: speaker cues": (
        "HAMLET. Whither wilt thou lead me? speak,\n"
        "I'll go no further.\n\n"
        "GHOST. Mark me.\n\n"
        "HAMLET. I will.\n\n"
        "GHOST. My hour is almost come,\n"
        "when I to sulphurous and tormenting flames\n"
        "must render up myself."
    ),
    "drama: prose speeches and stage directions": (
        "MRS HALE: (examining the skirt) Wright was close. I think maybe that's\n"
        "why she kept so much to herself.\n\n"
        "MRS PETERS: She said she wanted an apron. Funny thing to want, for there\n"
        "isn't much to get you dirty in jail, goodness knows.\n\n"
        "(She puts the clothes on the big table, and hurries to the stove, and\n"
        "turns round.)\n\n"
        "MRS HALE: Do you think she did it?"
    ),
    "drama: italic cues": (
        "_Ber._ Last night of all,\nWhen yon same star that's westward from the pole\n"
        "Had made his course to illume that part of heaven\n\n"
        "_Mar._ Peace, break thee off; look, where it comes\nagain!\n\n"
        "_Hor._ Most like:--it harrows me with fear and wonder.\n\n"
        "_Ber._ It would be spoke to."
    ),
    "glossary entries": (
        "~Offa~.--King of the Angles, and son of Garmund. Marries the terrible\n"
        "Thrytho who is so strongly contrasted with Hygd.--28_59; 28_66.\n\n"
        "~Ohthere~.--Son of Ongentheow, king of the Swedes. He is father of Eanmund\n"
        "and Eadgils.--40_35; 40_39.\n\n"
        "~Onela~.--Brother of Ohthere.--36_15; 40_39."
    ),
    "footnotes": (
        "[1] For the word of verse 15, Sievers suggests another reading, which\n"
        "changes the sense of the whole passage a little.\n\n"
        "[2] For the word in line 15 Grein suggested another, which would give\n"
        "a different sense.\n\n"
        "[3] A very difficult passage."
    ),
    "programme": (
        "10:30 Opening Address\n10:45 Value of Trained Teachers\n11:30 discussion of the paper"
    ),
    "configuration: a lone comment between settings": (
        "# sensors configuration file\n# fan speeds of each chip\n"
        'chip "fscpos-*" "fscher-*"\n#FSC "Hermes"\n    label fan1 "PSU Fan"\n'
        "# voltages\n# label in0 VCC\n# temperatures"
    ),
    "code: a line continued by a backslash": (
        'chip "lm85-*" "lm85b-*" "adm1027-*" "adt7463-*" \\\n'
        '     "emc6d100-*" "emc6d102-*" "emc6d103-*"'
    ),
}


@pytest.mark.parametrize("sample", KEPT.values(), ids=KEPT.keys())
def test_structure_keeps_its_lines_between_prose(sample: str) -> None:
    text = f"{PROSE}\n\n{sample}\n\n{PROSE}"
    assert unwrap_lines(text) == f"{UNWRAPPED}\n\n{sample}\n\n{UNWRAPPED}"


@pytest.mark.parametrize("sample", list(KEPT.values()), ids=list(KEPT))
def test_structure_keeps_its_lines_in_the_pipeline(sample: str) -> None:
    lines = [line.strip() for line in sample.split("\n") if line.strip()]
    out = clean(f"{PROSE}\n\n{sample}\n\n{PROSE}\n").split("\n")
    assert all(line in [o.strip() for o in out] for line in lines)


@pytest.mark.parametrize("sample", KEPT.values(), ids=KEPT.keys())
def test_structure_is_recognised(sample: str) -> None:
    assert is_structured(sample)


PROSE_SAMPLES = {
    "newspaper column": (
        "Austria in the Ancona case has sub\n"
        "scribed to the principle that no ships\n"
        "would be sunk until they offer resist\n"
        "ance or flee, without the persons\n"
        "aboard being brought to safety."
    ),
    "book paragraph": (
        "The present work is a modest effort to reproduce approximately, in modern\n"
        "measures, the venerable epic, Beowulf. Approximately, I repeat; for a\n"
        "very close reproduction of Anglo-Saxon verse would, to a large extent, be\n"
        "prose to a modern ear."
    ),
    "second line capitalised": (
        "He said that the Socialist Government spent in its term of office\n"
        "Millions of pounds given or loaned from abroad."
    ),
    "a number sign opening one line": (
        "The committee voted to print the new rules as\n"
        "#4 of its series of pamphlets for the schools of\n"
        "the county, at a cost of two hundred dollars."
    ),
    "commas and semicolons": (
        "misery and organising scarcity,\n"
        "instead of allowing diligence,\n"
        "self-reliance, and ingenuity to\n"
        "produce abundance; had only led"
    ),
}


@pytest.mark.parametrize("sample", PROSE_SAMPLES.values(), ids=PROSE_SAMPLES.keys())
def test_prose_is_no_structure(sample: str) -> None:
    assert not is_structured(sample)


@pytest.mark.parametrize("sample", PROSE_SAMPLES.values(), ids=PROSE_SAMPLES.keys())
def test_prose_is_unwrapped(sample: str) -> None:
    unwrapped = " ".join(sample.split("\n"))
    assert unwrap_lines(f"{sample}\n\n{sample}\n\n{sample}") == "\n\n".join([unwrapped] * 3)


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("for item in the_list_of_items(a, b)", "    print(item) and more"),
        ("version,codename,series,created\n1.1,Buzz,buzz,1993", "eol,eol-lts and more here"),
        ("    indented quotation of the old text goes", "on and on in the same way"),
    ],
    ids=["code", "csv", "indented"],
)
def test_no_rejoin_across_a_blank_line_in_a_structure(before: str, after: str) -> None:
    text = f"{before}\n\n{after}"
    assert rejoin_broken_paragraphs(text) == text


def test_keep_lines_merges_no_lines() -> None:
    text = f"{PROSE}\n\n{KEPT['table: csv']}\n"
    assert clean(text, keep_lines=True).count("\n") >= text.count("\n") - 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # what follows the joined word cannot start a line: the word starts the next one
            "O dunque?... – Ho ca-\npito; – disse allora ridendo e grattandosi la parrucca\n",
            "O dunque?... – Ho\ncapito; – disse allora ridendo e grattandosi la parrucca\n",
        ),
        (  # a word follows: the line break moves after the joined word, as before
            "the con-\nstitution of the country was read\n",
            "the constitution\nof the country was read\n",
        ),
    ],
)
def test_keep_lines_keeps_the_lines_of_a_joined_word(text: str, expected: str) -> None:
    assert clean(text, keep_lines=True) == expected
    assert clean(expected, keep_lines=True) == expected


SCREENPLAY = """FADE IN:

EXT. CEMETERY - DAY

A car drives along a winding road through the hills and the
trees, past the gate, and pulls to a stop beside the old wall
where the graves of the family lie under the long grass.

                         BARBRA
               They ought to make the day
               shorter.

INT. CAR - CONTINUOUS

Johnny looks at his watch and then out of the window at the
rain that has begun to fall on the hood of the car again.
"""


def test_a_screenplay_keeps_all_its_lines() -> None:
    assert unwrap_lines(SCREENPLAY) == SCREENPLAY


def test_one_scene_heading_makes_no_screenplay() -> None:
    text = SCREENPLAY.replace("INT. CAR - CONTINUOUS", "Then the car moves on.")
    assert "the hills and the trees" in unwrap_lines(text)


DEBIAN_COPYRIGHT = (
    "  Copyright 2006-2014 Adobe Systems Incorporated.\n"
    "  Copyright 1994-2011  Hewlett-Packard Co.\n"
    "  Portions Copyright (c) 2011-2014 IBM Corporation\n"
    "  Portions Copyright (c) 1995  Colin Plumb\n"
    "  Portions Copyright (c) 1997-2003 Eastman Kodak Company\n"
    "  See other third party notices under the License section\n"
    "License:   GPL with Classpath exception\n"
    "  .\n"
    "  --- begin of LICENSE ---\n"
    "  .\n"
    "  The GNU General Public License (GPL)\n"
    "  .\n"
    "  Version 2, June 1991\n"
    "  .\n"
    "  Copyright (C) 1989, 1991 Free Software Foundation, Inc.\n"
    "  51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA\n"
    "  .\n"
    "  Everyone is permitted to copy and distribute verbatim copies of this license\n"
    "  document, but changing it is not allowed.\n"
    "  .\n"
)


def test_a_second_run_changes_nothing_when_a_dot_line_moves() -> None:
    once = clean(DEBIAN_COPYRIGHT)
    assert clean(once) == once


def test_a_table_of_tab_rows_and_one_word_rows_keeps_its_lines() -> None:
    rows = [
        row
        for n in range(12)
        for row in (
            f"application/vnd.example-{n}\t\t\t\text{n}",
            f"application/vnd.other-type-{n}",
            f"application/vnd.third-type-{n}+json",
        )
    ]
    text = "\n".join(rows)
    assert unwrap_lines(text) == text
