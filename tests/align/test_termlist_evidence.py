"""Each evidence source of term-list alignment on small hand-tokenized documents."""

from __future__ import annotations

import numpy as np
import pytest

from align.terms.candidates import CandidateIndex
from align.terms.evidence import EVIDENCE
from align.terms.evidence.embedding import cosine_scores
from align.terms.evidence.glossary import FORM_SCORE
from align.terms.query import make_query
from corpus.glossary.model import Glossary, make_concept
from corpus.types import Segment

PUNCT = set("，。、；：（）“”《》")


def seg(line: str, index: int = 0) -> Segment:
    """A sentence from ``/``-separated tokens (punctuation tagged x, the rest n)."""
    toks = tuple(t for t in line.split("/") if t)
    tags = tuple("x" if t in PUNCT else "n" for t in toks)
    return Segment("".join(toks), "zh", "doc", index, tokens=toks, pos=tags)


def doc(*lines: str) -> CandidateIndex:
    return CandidateIndex([seg(line, i) for i, line in enumerate(lines)])


DOC = doc(
    "美国/扩展威慑/的/可信性/受到/质疑/。",
    "战术/核武器/与/核武器/不同/，/常规威慑/随时/可能/转变/。",
    "美国/总统/乔治布什/和/戈尔巴乔夫/会谈/，/朝鲜/遵守/国际原子能机构/的/要求/。",
    "部署/在/非军事区/附近/的/核反应/极/不/可能/。",
    "大韩民国/和/非核国家/的/立场/。",
    "特伦斯·罗里格/（/Terence Roehrig/）/是/教授/。",
)


@pytest.fixture(scope="module")
def cedict():
    from align.dictionary import Cedict

    return Cedict.load()


def best(scores: dict[int, float], index: CandidateIndex) -> str:
    if not scores:
        return ""
    cid = max(scores, key=lambda c: (scores[c], len(index.text_of(c))))
    return index.text_of(cid)


GLOSSARY = Glossary((
    make_concept("c1", "extended deterrence", "延伸威慑", zh_variants=["扩展威慑"]),
    make_concept("c2", "general deterrence", "一般威慑", zh_forbidden=["常规威慑"]),
    make_concept("c3", "tactical nuclear weapon", "战术核武器",
                 en_variants=["tactical nuclear weapons"]),
    make_concept("c4", "nuclear-weapon state", "核武器国家", zh_variants=["核国家"]),
    make_concept("c5", "compellence", "威逼"),
))

GLOSSARY_CASES = [
    # (term, expected form, expected score)
    ("Extended Deterrence", "扩展威慑", FORM_SCORE),
    ("general deterrence", "常规威慑", FORM_SCORE),             # the document's forbidden form
    ("tactical nuclear weapon", "战术核武器", FORM_SCORE),
    ("Tactical nuclear weapons", "战术核武器", FORM_SCORE),      # lemma family
    ("nuclear-weapon states", "", None),                       # 核国家 only inside 非核国家
    ("compellence", "", None),                                 # not in the document
    ("deterrence", "", None),                                  # not in the glossary
]


@pytest.mark.parametrize(("term", "form", "score"), GLOSSARY_CASES)
def test_glossary_evidence(term: str, form: str, score: float | None) -> None:
    source = EVIDENCE.get("glossary")(GLOSSARY)
    [scores] = source.scores([make_query(term)], DOC)
    assert best(scores, DOC) == form
    if score is not None:
        assert max(scores.values()) == score
        assert source.is_forbidden(make_query(term), form) is (term == "general deterrence")


DICTIONARY_CASES = [
    # (term, expected best form)
    ("extended deterrence", "扩展威慑"),              # compositional: 扩展 + 威慑
    ("tactical nuclear weapons", "战术核武器"),       # longest full cover
    ("nuclear weapons", "核武器"),
    ("nuclear response", "核反应"),                   # split reading: 核 + 反应 (response)
    ("Gorbachev", "戈尔巴乔夫"),
    ("George H. W. Bush", "乔治布什"),
    ("credibility", ""),                              # CC-CEDICT: 可信 = trustworthy only
    ("brinkmanship", ""),
]


@pytest.mark.parametrize(("term", "form"), DICTIONARY_CASES)
def test_dictionary_evidence(cedict, term: str, form: str) -> None:
    source = EVIDENCE.get("dictionary")(cedict)
    [scores] = source.scores([make_query(term)], DOC)
    top = best(scores, DOC)
    assert top == form
    if form:
        assert max(scores.values()) == pytest.approx(1.0)


AGENT_CASES = [
    # (term, document lines, expected form): agent nouns want an agent suffix
    ("challenger", ["挑战国/发出/威胁/。", "这/是/挑战/。"], "挑战国"),
    ("defender", ["防御方/必须/回应/。", "加强/防御/。"], "防御方"),
    ("interceptor missiles", ["部署/拦截/导弹/。"], "拦截导弹"),   # no suffix available
]


@pytest.mark.parametrize(("term", "lines", "form"), AGENT_CASES)
def test_dictionary_agent_nouns(cedict, term: str, lines: list[str], form: str) -> None:
    index = doc(*lines)
    [scores] = EVIDENCE.get("dictionary")(cedict).scores([make_query(term)], index)
    assert best(scores, index) == form


def test_dictionary_adds_a_span_jieba_glued_to_a_verb(cedict) -> None:
    index = doc("以撒生/了/以扫/。", "以撒住/在/那里/。")
    [scores] = EVIDENCE.get("dictionary")(cedict).scores([make_query("Isaac")], index)
    assert best(scores, index) == "以撒" and index.freq(index.id("以撒")) == 2


def test_dictionary_never_trims_a_negating_prefix(cedict) -> None:
    [scores] = EVIDENCE.get("dictionary")(cedict).scores([make_query("nuclear states")], DOC)
    assert DOC.id("核国家") is None and "核国家" not in {DOC.text_of(c) for c in scores}


TRANSLIT_CASES = [
    # (term, expected form among strong matches (score >= 0.8))
    ("Gorbachev", "戈尔巴乔夫"),
    ("Terence Roehrig", "特伦斯·罗里格"),
    ("Pyongyang", ""),                  # not in the document: weak matches at most
    ("extended deterrence", ""),        # not a name: not searched
]


@pytest.mark.parametrize(("term", "form"), TRANSLIT_CASES)
def test_translit_evidence(term: str, form: str) -> None:
    [scores] = EVIDENCE.get("translit")().scores([make_query(term)], DOC)
    assert best({c: s for c, s in scores.items() if s >= 0.8}, DOC) == form


ACRONYM_CASES = [
    ("IAEA", "国际原子能机构"),     # the gloss names the acronym
    ("ROK", "大韩民国"),            # initials of "Republic of Korea"
    ("DMZ", "非军事区"),            # loose: demilitarized zone
    ("NATO", ""),
    ("deterrence", ""),             # not an acronym
]


@pytest.mark.parametrize(("term", "form"), ACRONYM_CASES)
def test_acronym_evidence(cedict, term: str, form: str) -> None:
    [scores] = EVIDENCE.get("acronym")(cedict).scores([make_query(term)], DOC)
    assert best(scores, DOC) == form


def test_acronym_expands_through_a_glossary(cedict) -> None:
    glossary = Glossary((make_concept(
        "c1", "Treaty on the Non-Proliferation of Nuclear Weapons", "核不扩散条约",
        en_variants=["NPT"]),))
    index = doc("各国/遵守/《/不扩散核武器条约/》/。")  # not the glossary's form
    plain = EVIDENCE.get("acronym")(cedict)
    expanding = EVIDENCE.get("acronym")(cedict, glossary=glossary)
    query = [make_query("NPT")]
    assert best(plain.scores(query, index)[0], index) == ""
    assert best(expanding.scores(query, index)[0], index) == "不扩散核武器条约"


INLINE_CASES = [
    ("Terence Roehrig", "特伦斯·罗里格"),
    ("terence roehrig", "特伦斯·罗里格"),
    ("Roehrig", ""),                     # must fill the bracket
]


@pytest.mark.parametrize(("term", "form"), INLINE_CASES)
def test_inline_evidence(term: str, form: str) -> None:
    [scores] = EVIDENCE.get("inline")().scores([make_query(term)], DOC)
    assert best(scores, DOC) == form


def test_inline_bracket_after_the_english_term() -> None:
    index = doc("Terence Roehrig/（/罗里格/）/写/了/文章/。")
    [scores] = EVIDENCE.get("inline")().scores([make_query("Terence Roehrig")], index)
    assert best(scores, index) == "罗里格"


class LetterEmbedder:
    """Test double: vectors from character counts (shared letters → similar)."""

    name = "letters"

    def encode(self, texts):
        out = np.zeros((len(texts), 64), dtype=np.float32)
        for i, text in enumerate(texts):
            for ch in text:
                out[i, ord(ch) % 64] += 1
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms > 0, norms, 1)

    def signature(self) -> str:
        return "letters"


def test_embedding_scores_exactly_the_pool() -> None:
    index = doc("核武器/威慑/核威慑/。")
    source = EVIDENCE.get("embedding")(LetterEmbedder())
    ids = [index.id("核威慑"), index.id("威慑")]
    [scores] = source.scores([make_query("核威慑")], index, [ids])
    assert set(scores) == set(ids) and scores[ids[0]] == pytest.approx(1.0)
    [alone] = source.scores([make_query("核威慑")], index)
    assert best(alone, index) == "核威慑" and len(alone) <= len(index)


def test_cosine_scores_are_clipped() -> None:
    a = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
    b = np.array([[1.0, 0.0], [-1.0, 0.0]], dtype=np.float32)
    assert cosine_scores(a, b).tolist() == [[1.0, 0.0], [0.0, 0.0]]


def test_every_source_is_registered() -> None:
    assert EVIDENCE.names() == ["acronym", "dictionary", "embedding", "glossary", "inline",
                                "translit"]
