"""Pure cores of term-list alignment: coverage, query normalisation, candidate spans,
acronym spelling, the logistic model and the choice between terms."""

from __future__ import annotations

import numpy as np
import pytest

from align.terms.candidates import spans_of
from align.terms.combine import FEATURES, Model, feature_rows, fit_logistic, load_model
from align.terms.compete import Option, choose, order_options
from align.terms.coverage import PAIR_CREDIT, coverage
from align.terms.evidence.acronym import loose_match, phrase_initials
from align.terms.query import make_query

F = frozenset
NUCLEAR, UMBRELLA, OFFER, BURN = F({"nuclear"}), F({"umbrella"}), F({"offer"}), F({"burn"})

COVERAGE_CASES = [
    # (pieces, words, (en_cov, zh_cov))
    ([(1, F({"nuclear", "nucleus"})), (3, F({"umbrella", "protect"}))], [NUCLEAR, UMBRELLA],
     (1.0, 1.0)),                                                          # 核 + 保护伞
    ([(2, F({"usa"})), (1, F({"nuclear"})), (3, F({"umbrella"}))], [NUCLEAR, UMBRELLA],
     (1.0, 4 / 6)),                                                        # 美国核保护伞
    ([(1, F({"offer"})), (1, F({"burn"})), (1, F({"offer"}))], [BURN, OFFER],
     (1.0, 2 / 3)),                                                        # 献燔祭: 献/祭 share
    ([(1, F({"burn"})), (1, F({"offer"}))], [BURN, OFFER], (1.0, 1.0)),     # 燔祭
    ([(4, F({"preempt"})), (0, F()), (2, F({"strike"}))], [F({"preempt"}), F({"strike"})],
     (1.0, 1.0)),                                                          # 先发制人的打击
    ([(3, F({"radioact"})), (2, F({"subside"}))], [F({"radioact"}), F({"fallout"})],
     ((1 + PAIR_CREDIT) / 2, (3 + PAIR_CREDIT * 2) / 5)),                  # 放射性沉降
    ([(3, F({"radioact"}))], [F({"radioact"}), F({"fallout"})], (0.5, 1.0)),  # 放射性
    ([(2, F({"war"}))], [NUCLEAR, UMBRELLA], (0.0, 0.0)),
    ([], [NUCLEAR], (0.0, 0.0)),
    ([(2, F({"nuclear"}))], [], (0.0, 0.0)),
]


@pytest.mark.parametrize(("pieces", "words", "expected"), COVERAGE_CASES)
def test_coverage(pieces, words, expected) -> None:
    assert coverage(pieces, words) == pytest.approx(expected)


QUERY_CASES = [
    # (term, acronym, name, agent, words, a key that must match)
    ("IAEA", True, False, False, ("iaea",), "iaea"),
    ("ICBMs", True, False, False, ("icbms",), None),
    ("Gorbachev", False, True, False, ("gorbachev",), "gorbachev"),
    ("extended deterrence", False, False, False, ("extended", "deterrence"), "deter"),
    ("challenger", False, False, True, ("challenger",), "challeng"),
    ("US Army", False, True, False, ("army", "usa"), "usa"),
    ("strategic stability", False, False, False, ("strategic", "stability"), "strategi"),
    ("resolve", False, False, False, ("resolve",), "resolut"),
]


@pytest.mark.parametrize(("term", "acronym", "name", "agent", "words", "key"), QUERY_CASES)
def test_make_query(term, acronym, name, agent, words, key) -> None:
    q = make_query(term)
    assert (q.is_acronym, q.is_name, q.has_agent, q.words) == (acronym, name, agent, words)
    if key is not None:
        assert key in q.families


def test_query_key_keeps_negation_and_ignores_number() -> None:
    assert make_query("no first use").key != make_query("first use").key
    assert make_query("tactical nuclear weapons").key == make_query("Tactical nuclear weapon").key
    assert make_query("ICBMs").acronym == "ICBM"


SPAN_CASES = [
    # (tokens, tags, expected candidate strings)
    (["核保护伞", "的", "政治"], ["nz", "uj", "n"], {"核保护伞", "政治", "核保护伞的政治"}),
    (["先发制人", "的", "打击"], ["i", "uj", "v"], {"先发制人", "打击", "先发制人的打击"}),
    (["韩国", "和", "美国"], ["ns", "c", "ns"], {"韩国", "美国"}),
    (["核武器", "，", "战争"], ["n", "x", "n"], {"核武器", "战争"}),
    (["首先", "使用"], ["d", "v"], {"首先使用", "使用", "首先"}),
    (["再", "使用"], ["d", "v"], {"再使用", "使用"}),               # one-char adverb may start
    (["使用", "再"], ["v", "d"], {"使用"}),                          # ... but not end
    (["政策", "上"], ["n", "f"], {"政策"}),
    (["以扫", "说"], ["p", "v"], {"以扫", "以扫说", "说"}),
    (["1991", "年"], ["m", "m"], {"年"}),
    (["我们", "核武器"], ["r", "n"], {"核武器"}),
]


@pytest.mark.parametrize(("tokens", "tags", "expected"), SPAN_CASES)
def test_spans_of(tokens, tags, expected) -> None:
    assert {"".join(tokens[s:e]) for s, e in spans_of(tokens, tags)} == expected


def test_spans_respect_max_tokens() -> None:
    toks = ["甲乙", "丙丁", "戊己", "庚辛", "壬癸"]
    spans = spans_of(toks, ["n"] * 5, max_tokens=2)
    assert max(e - s for s, e in spans) == 2


ACRONYM_CASES = [
    # (acronym, phrase, initials of all words, loose match)
    ("ROK", "Republic of Korea", "ROK", False),                # initials, not loose
    ("DMZ", "demilitarized zone", "DZ", True),
    ("IAEA", "International Atomic Energy Agency", "IAEA", True),
    ("NPT", "Treaty on the Non-Proliferation of Nuclear Weapons", "TOTNPONW", False),
    ("DMZ", "zone demilitarized", "ZD", False),
    ("ABC", "apple", "A", False),
]


@pytest.mark.parametrize(("acro", "phrase", "initials", "loose"), ACRONYM_CASES)
def test_acronym_spelling(acro, phrase, initials, loose) -> None:
    assert phrase_initials(phrase)[0] == initials
    assert loose_match(acro, phrase) is loose


def opt(cid: int, text: str, p: float, freq: int = 1, supported: bool = False) -> Option:
    return Option(cid, text, p, freq, supported)


ORDER_CASES = [
    # (options, expected head text)
    ([opt(1, "核武", 0.95), opt(2, "核武器", 0.94)], "核武器"),          # near tie: containing form
    ([opt(1, "可信度", 0.9, 1), opt(2, "可信性", 0.89, 3)], "可信性"),   # near tie: more frequent
    ([opt(1, "核武", 0.95), opt(2, "核武器", 0.5)], "核武"),             # no tie
    ([opt(1, "威慑", 0.99, 4), opt(2, "核威慑", 0.98, 1)], "核威慑"),     # near tie: contains
    ([opt(1, "威慑", 0.99, 4), opt(2, "核威慑", 0.9, 1)], "威慑"),
]


@pytest.mark.parametrize(("options", "head"), ORDER_CASES)
def test_order_options(options, head) -> None:
    assert order_options(options)[0].text == head


CHOOSE_CASES = [
    # (per-term options, threshold, expected texts)
    ([[opt(1, "韩国", 0.9, supported=True)], [opt(1, "韩国", 0.6, supported=True)]], 0.5,
     ["韩国", "韩国"]),                                                   # both supported
    ([[opt(1, "核力量", 0.9)], [opt(1, "核力量", 0.6), opt(2, "力量", 0.55)]], 0.5,
     ["核力量", "力量"]),                                                 # loser falls back
    ([[opt(1, "核力量", 0.9)], [opt(1, "核力量", 0.6)]], 0.5, ["核力量", ""]),
    ([[opt(1, "核力量", 0.6)], [opt(1, "核力量", 0.9)]], 0.5, ["", "核力量"]),  # best claim first
    ([[opt(1, "威慑", 0.4)], []], 0.5, ["", ""]),                           # below threshold
]


@pytest.mark.parametrize(("per_term", "threshold", "expected"), CHOOSE_CASES)
def test_choose(per_term, threshold, expected) -> None:
    chosen = choose(per_term, threshold, support=0.9)
    assert [c.text if c else "" for c in chosen] == expected


def test_feature_rows_take_the_best_lexical_source() -> None:
    per_source = {"dictionary": {1: 0.5}, "acronym": {1: 0.9, 2: 0.75}, "embedding": {2: 0.3}}
    rows = feature_rows(per_source, {}, [1, 2, 3], ("lexical", "embedding", "glossary"))
    assert rows.tolist() == [[0.9, 0.0, 0.0], [0.75, 0.3, 0.0], [0.0, 0.0, 0.0]]


def test_fit_logistic_finds_the_informative_feature() -> None:
    rng = np.random.default_rng(0)
    x = rng.random((400, 2))
    y = (x[:, 0] > 0.6).astype(float)
    w, b = fit_logistic(x, y, l2=0.01)
    assert w[0] > 5 and abs(w[1]) < w[0] / 5 and b < 0
    model = Model(tuple(w), b)
    assert model.predict(np.array([[0.9, 0.5]]))[0] > 0.8 > 0.2 > model.predict(
        np.array([[0.1, 0.5]]))[0]


@pytest.mark.parametrize("setting", ["glossary", "no-glossary", "glossary-noembed",
                                     "no-glossary-noembed"])
def test_bundled_models_are_fitted(setting: str) -> None:
    model = load_model(setting)
    assert model.features == FEATURES and 0 < model.threshold < 1
    assert model.fitted_on.get("sets"), "weights must say what they were fitted on"
    lexical = model.weights[FEATURES.index("lexical")]
    assert lexical > 0 and model.predict(np.zeros((1, len(FEATURES))))[0] < model.threshold
