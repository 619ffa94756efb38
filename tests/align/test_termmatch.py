"""termmatch: Chinese token-run occurrences with shadowing, English lemma-family matching."""

from __future__ import annotations

import pytest

from align.termmatch import EnFormIndex, GlossaryMatcher, ZhFormIndex, find_in_text, find_in_tokens
from align.termmatch.spans import drop_shadowed, token_offsets
from align.termmatch.zh import ZhMatch
from corpus.glossary.formats import read_glossary
from tests.conftest import REPO

GLOSSARY = REPO / "tests" / "data" / "terms_check" / "glossary.tsv"  # frozen domain glossary

# (forms, tokens, expected (form, start, end) occurrences)
ZH_TOKEN_CASES = [
    (["核武器", "战术核武器"], ["战术核武器", "和", "核武器"], [("战术核武器", 0, 5), ("核武器", 6, 9)]),
    (["核武器", "战术核武器"], ["战术", "核武器"], [("战术核武器", 0, 5)]),  # split long form shadows
    (["核保护伞"], ["美国", "的", "核", "保护伞"], [("核保护伞", 3, 7)]),  # form split by jieba
    (["常规威慑"], ["常规武器", "和", "常规", "攻击"], []),
    (["常规威慑"], ["常规", "威慑"], [("常规威慑", 0, 4)]),
    (["核反应"], ["核反应堆", "关闭"], []),
    (["威慑"], ["威慑力", "很", "强"], []),
    (["延伸威慑", "威慑"], ["延伸威慑", "与", "威慑"], [("延伸威慑", 0, 4), ("威慑", 5, 7)]),
    (["甲乙", "乙丙"], ["甲", "乙", "丙"], [("甲乙", 0, 2), ("乙丙", 1, 3)]),  # partial overlap: both
    ([], ["核武器"], []),
]


@pytest.mark.parametrize(("forms", "tokens", "expected"), ZH_TOKEN_CASES)
def test_zh_token_runs(forms: list[str], tokens: list[str], expected: list[tuple]) -> None:
    text = "".join(tokens)
    found = find_in_tokens(tokens, token_offsets(text, tokens), ZhFormIndex(forms))
    assert [(m.form, m.start, m.end) for m in found] == expected
    assert all(text[m.start:m.end] == m.form for m in found)


def test_token_runs_do_not_bridge_dropped_whitespace() -> None:
    text = "核 保护伞"
    tokens = ["核", "保护伞"]  # the tokenizer drops the space
    assert find_in_tokens(tokens, token_offsets(text, tokens), ZhFormIndex(["核保护伞"])) == []


# (spans, kept spans)
SHADOW_CASES = [
    ([(0, 5), (2, 5)], [(0, 5)]),
    ([(2, 5), (0, 5)], [(0, 5)]),
    ([(0, 3), (2, 6)], [(0, 3), (2, 6)]),
    ([(0, 10), (3, 12), (4, 9)], [(0, 10), (3, 12)]),
    ([(1, 3), (1, 3)], [(1, 3), (1, 3)]),
]


@pytest.mark.parametrize(("spans", "kept"), SHADOW_CASES)
def test_drop_shadowed(spans: list[tuple[int, int]], kept: list[tuple[int, int]]) -> None:
    found = drop_shadowed([ZhMatch("x", s, e) for s, e in spans])
    assert [(m.start, m.end) for m in found] == kept


@pytest.fixture(scope="module")
def matcher() -> GlossaryMatcher:
    return GlossaryMatcher(read_glossary(GLOSSARY))


# (Chinese text, forms found) with jieba and the bundled glossary
ZH_TEXT_CASES = [
    ("文章区分了即时威慑与常规威慑。", ["即时威慑", "常规威慑"]),
    ("美国的核保护伞让韩国敢于使用常规武器应对侵略。", ["核保护伞"]),
    ("朝鲜可能发动重大的常规攻击，常规冲突可能升级。", ["升级"]),
    ("核反应堆已经关闭，核反应极不可能。", ["核反应"]),
    ("他们部署了战术核武器和核武器。", ["战术核武器", "核武器"]),
    ("这是延伸—即时威慑的例子。", ["延伸—即时威慑"]),
    ("没有任何术语。", []),
]


@pytest.mark.parametrize(("text", "forms"), ZH_TEXT_CASES)
def test_zh_text_with_jieba(matcher: GlossaryMatcher, text: str, forms: list[str]) -> None:
    assert [h.match.form for h in matcher.zh(text)] == forms


def test_clause_segmentation_equals_whole_row(matcher: GlossaryMatcher, sample_text: str) -> None:
    from corpus.split import split_zh

    rows = [sample_text[a:b] for a, b in split_zh(sample_text)]
    tok = matcher.tokenize
    index = matcher.zh_index
    for row in rows:
        assert find_in_text(row, index, tok) == find_in_text(row, index, tok, tokens=tok(row))


# (form, English text, rule or None, matched text)
EN_CASES = [
    ("nuclear umbrella", "the Nuclear Umbrella holds", "exact", "Nuclear Umbrella"),
    ("nuclear umbrella", "two nuclear umbrellas", "inflection", "nuclear umbrellas"),
    ("deterrence", "they were deterred", "derivation", "deterred"),
    ("deterrence", "a credible deterrent", "derivation", "deterrent"),
    ("weapon", "many weapons", "inflection", "weapons"),
    ("extended deterrence", "extended-deterrence policy", "exact", "extended-deterrence"),
    ("extended deterrence", "extended, deterrence", None, ""),
    ("deterrence by punishment", "deterrence with punishment", None, ""),
    ("theory of deterrence", "theories of deterrence", "inflection", "theories of deterrence"),
    ("NPT", "the NPT review", "exact", "NPT"),
    ("NPT", "the npt review", None, ""),
    ("MAD", "a mad idea", None, ""),
    ("China's Military Strategy", "China's military strategy", "exact",
     "China's military strategy"),
    ("resolve", "they resolved it", None, ""),  # a verb: not the term resolve (决心)
    ("resolve", "to resolve the issue", None, ""),
    ("resolve", "capability and resolve", "exact", "resolve"),
    ("resolve", "their resolve to fight", "exact", "resolve"),
]


@pytest.mark.parametrize(("form", "text", "rule", "matched"), EN_CASES)
def test_en_matching(form: str, text: str, rule: str | None, matched: str) -> None:
    found = EnFormIndex([form]).find(text)
    assert [(m.rule, m.text) for m in found] == ([(rule, matched)] if rule else [])


def test_en_max_rule() -> None:
    assert EnFormIndex(["deterrence"], max_rule="inflection").find("they were deterred") == []


def test_en_nested_terms_shadow(matcher: GlossaryMatcher) -> None:
    found = matcher.en("Tactical nuclear weapons and extended deterrence; deterrence.")
    names = [matcher.concepts[h.concepts[0]].en for h in found]
    assert names == ["tactical nuclear weapon", "extended deterrence", "deterrence"]
