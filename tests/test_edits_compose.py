"""Edits as data: composing two rounds of edits gives the text the two rounds give."""

from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from ocrclean.edits import Edit, apply_edits, chain, compose, narrowed, whole_words


@st.composite
def text_and_edits(draw, alphabet="ab \n"):
    text = draw(st.text(alphabet, max_size=30))
    cuts = sorted(draw(st.lists(st.integers(0, len(text)), max_size=8)))
    edits = [
        Edit(start, end, draw(st.text("xy\n", max_size=3)), "why")
        for start, end in zip(cuts[::2], cuts[1::2])
    ]
    return text, edits


@given(text_and_edits(), st.data())
def test_compose_gives_the_text_of_both_rounds(first_round, data):
    text, first = first_round
    middle = apply_edits(text, first)
    cuts = sorted(data.draw(st.lists(st.integers(0, len(middle)), max_size=8)))
    second = [
        Edit(start, end, data.draw(st.text("zw ", max_size=3)), "then")
        for start, end in zip(cuts[::2], cuts[1::2])
    ]
    composed = compose(text, first, second)
    assert apply_edits(text, composed) == apply_edits(middle, second)
    assert all(a.end <= b.start for a, b in zip(composed, composed[1:]))


def test_chain_runs_stages_on_what_the_last_left():
    stages = (lambda t: [Edit(t.index("- "), t.index("- ") + 2, "", "joined")],
              lambda t: [Edit(t.index("  "), t.index("  ") + 2, " ", "one space")])  # fmt: skip
    text = "coop- eration  here"
    edits = chain(text, *stages)
    assert apply_edits(text, edits) == "cooperation here"
    assert [e.why for e in edits] == ["joined", "one space"]


def test_narrowed_keeps_only_what_changed():
    assert narrowed("a line with Ã© in it", 0, 20, "a line with é in it", "m") == Edit(
        12, 14, "é", "m"
    )
    assert narrowed("same", 0, 4, "same", "m") == Edit(4, 4, "", "m")


@given(text_and_edits(alphabet="ab ,\n"))
def test_whole_words_keeps_the_text_and_accounts_for_every_word(text_edits):
    text, edits = text_edits
    widened = whole_words(text, edits)
    assert apply_edits(text, widened) == apply_edits(text, edits)
    words = Counter(text.split())
    for edit in widened:
        words.subtract(text[edit.start : edit.end].split())
        words.update(edit.replacement.split())
    assert +words == Counter(apply_edits(text, edits).split())
