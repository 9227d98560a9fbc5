"""The caches that make --correct fast give the answers of the functions they hold, and stay
bounded (a stream of many gigabytes must not grow memory without limit)."""

from __future__ import annotations

import pytest

from ocrclean import correct, segment


def test_word_memo_answers_as_the_function() -> None:
    calls: list[str] = []

    def shout(word: str) -> str:
        calls.append(word)
        return word.upper()

    memo = correct._WordMemo(shout)
    assert [memo[w] for w in ("tbe", "aud", "tbe")] == ["TBE", "AUD", "TBE"]
    assert calls == ["tbe", "aud"]  # worked out once a word


def test_word_memo_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(correct, "_WORD_MEMO", 3)
    memo = correct._WordMemo(len)
    for word in ("a", "bb", "ccc", "dddd", "eeeee"):
        assert memo[word] == len(word)
        assert len(memo) <= 3


@pytest.mark.parametrize("word", ["tbe", "aud", "Cieek", "ofthe", "tho'prayer", "1", "", "--"])
def test_parse_through_the_memo(word: str) -> None:
    parse = correct._in_language(correct._parse, "en")
    assert parse(word) == correct._parse(word, "en")


@pytest.mark.parametrize(
    "text",
    [
        "Tho sale ofthe land wns made. Tbe advertise ments woro read in tbe hall.",
        "the com pelled'to go and ofthe attho requostof the advertise ments wns",
        "He said tho'prayer was read, and to.be sure the co itinue was c ommittoe.",
    ],
)
def test_later_passes_look_at_new_tokens_only(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pass after the first that looks only at the new tokens and their neighbours
    segments a text as one that looks at every token."""
    expected = correct.correct_words(text)
    looking = segment._resegment

    def every_token(*arguments: object) -> object:
        return looking(*arguments[:5], None)  # type: ignore[arg-type]

    monkeypatch.setattr(segment, "_resegment", every_token)
    assert correct.correct_words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the meeting was held In the hall", ["In"]),
        ("it was (In the end) read", ["(In"]),
        ("that Is the hall, Into the rooms", ["Is", "Into"]),
        ("Inside the hall In", []),  # the first and the last token are never looked at
        ("the hall\nIn the verse", []),  # a line start keeps its capital
        ("the hall Italy was", []),  # not one of the words lowered without ``lower``
        ("he was Joined by", ["Joined"]),  # a word newspapers print in lower case
        ("he was Joined, by", []),  # ... before a lower-case word only
    ],
)
def test_capital_i_candidates(text: str, expected: list[str]) -> None:
    """_capital_i_misreadings, which finds the tokens starting with I, J, (I or (J in C, finds those
    a look at every token finds."""
    parts = correct._RE_SPLIT.split(text)
    tokens = [correct._parse(part) for part in parts[1::2]]
    found = correct._capital_i_misreadings(parts, tokens, set(), noisy=True)
    assert [parts[2 * k + 1] for k in found] == expected
