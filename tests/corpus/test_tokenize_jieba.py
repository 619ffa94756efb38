"""JiebaTokenizer: domain terms and interpunct names whole, POS tags, nothing lost, own instance."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.errors import InputError
from corpus.tokenize import get_tokenizer
from corpus.tokenize.jieba_zh import JiebaTokenizer
from corpus.tokenize.lexicon import build_lexicon, read_user_dict

DATA = Path(__file__).resolve().parents[1] / "data" / "tokenize"


@pytest.fixture(scope="module")
def tok() -> JiebaTokenizer:
    """The process-wide default instance (jieba is initialised once per test session)."""
    return get_tokenizer("jieba").initialize()


# (sentence from the seed sample, token that must come out whole)
DOMAIN_TOKENS = [
    ("包括初级威慑与扩展威慑、即时威慑与常规威慑。", "扩展威慑"),
    ("包括初级威慑与扩展威慑、即时威慑与常规威慑。", "常规威慑"),  # forbidden form, kept for checks
    ("美国对韩国的延伸威慑仍然存在。", "延伸威慑"),  # seed sentence with the verified form
    ("美国对韩“核保护伞”：核武器与扩展威慑", "核保护伞"),
    ("美军希望其战术核武器实现超越其实际军事价值的象征意义", "战术核武器"),
    ("促使朝鲜放弃其核野心并遵守国际原子能机构的检查要求。", "国际原子能机构"),
    ("因此核力量需要向前部署在非军事区附近。", "非军事区"),
    ("半岛爆炸将造成严重破坏，并造成放射性沉降，危及韩国", "放射性沉降"),
    ("最后，虽然核反应极不可能，但美国拥有大量致命和精确的常规武器", "核反应"),
    ("只会使重新建立符合美国战略利益的防火墙变得更加困难。", "防火墙"),
    ("1991年10月，美国总统乔治布什宣布美国将开始从朝鲜半岛撤走所有美国核武器的进程。", "乔治布什"),
    ("布什总统还希望这一举动将推动戈尔巴乔夫也这样做", "戈尔巴乔夫"),
    ("延伸—即时威慑(extendedimmediate deterrence)", "延伸—即时威慑"),  # protected phrase
]

# (sentence, interpunct name that must be one token)
NAMES = [
    (" **特伦斯 ·罗里格**（Terence Roehrig）， 美国海军战争学院国家安全事务教授", "特伦斯 ·罗里格"),
    ("特伦斯·罗里格认为核保护伞的政治价值更高。", "特伦斯·罗里格"),
    ("1991年10月，美国总统乔治·布什宣布美国将开始撤走核武器。", "乔治·布什"),
    ("约翰·肯尼迪总统曾经面对古巴导弹危机。", "约翰·肯尼迪"),
    ("国务卿安东尼·布林肯宣布了新的政策。", "安东尼·布林肯"),  # 布林肯 is in no dictionary
    ("英国首相特蕾莎・梅表示支持。", "特蕾莎・梅"),
    ("美国防长劳埃德•奥斯汀访问韩国。", "劳埃德•奥斯汀"),
    ("马丁·路德·金的演讲。", "马丁·路德·金"),
]

# (text, tokens that must NOT be joined into one)
NOT_NAMES = [
    ("中国·北京", ["中国", "·", "北京"]),
    ("核保护伞·扩展威慑", ["核保护伞", "·", "扩展威慑"]),
]


@pytest.mark.parametrize(("sentence", "word"), DOMAIN_TOKENS)
def test_domain_terms_are_single_tokens(tok, sentence, word):
    assert word in tok.tokenize(sentence)


@pytest.mark.parametrize(("sentence", "name"), NAMES)
def test_interpunct_names_are_single_tokens(tok, sentence, name):
    assert name in tok.tokenize(sentence)


@pytest.mark.parametrize(("text", "expected"), NOT_NAMES)
def test_interpunct_between_non_names_stays_separate(tok, text, expected):
    assert tok.tokenize(text) == expected


def test_whole_seed_sample_keeps_domain_words(tok, sample_text):
    tokens = set(tok.tokenize(sample_text))
    wanted = {"扩展威慑", "核保护伞", "战术核武器", "国际原子能机构", "非军事区", "放射性沉降",
              "常规威慑", "核反应", "防火墙", "乔治布什", "戈尔巴乔夫", "特伦斯 ·罗里格"}
    assert wanted <= tokens


# (sentence, word, expected jieba POS tag)
POS_CASES = [
    ("1991年10月，美国总统乔治·布什宣布", "乔治·布什", "nr"),
    ("特伦斯·罗里格（Terence Roehrig）", "特伦斯·罗里格", "nr"),
    ("特伦斯·罗里格（Terence Roehrig）", "Terence", "eng"),
    ("1991年10月，美国总统乔治·布什宣布", "1991", "m"),
    ("1991年10月，美国总统乔治·布什宣布", "宣布", "v"),
    ("推动戈尔巴乔夫也这样做", "戈尔巴乔夫", "nr"),  # user dictionary tag
    ("包括初级威慑与扩展威慑", "扩展威慑", "nz"),  # glossary form
    ("延伸—即时威慑和稳定/不稳定悖论", "稳定/不稳定悖论", "nz"),
    ("1.核保护伞的政治和象征价值", ".", "x"),
    ("造成进一步的核污染，1.5万人", "1.5", "m"),
]


@pytest.mark.parametrize(("sentence", "word", "tag"), POS_CASES)
def test_pos_tags(tok, sentence, word, tag):
    pairs = tok.tokenize_with_pos(sentence)
    assert (word, tag) in pairs


def test_pos_words_equal_tokens(tok, sample_text):
    text = sample_text[:3000]
    assert [w for w, _ in tok.tokenize_with_pos(text)] == tok.tokenize(text)
    assert all(tag for _, tag in tok.tokenize_with_pos(text))


_ALPHABET = st.sampled_from(
    list("核保护伞扩展延伸威慑乔治布什特伦斯罗里格的和国一二三AbZ09 .,，。·・•‧\n\t　-—/")
    + ["扩展威慑", "乔治·布什", "特伦斯 ·罗里格", "延伸—即时威慑", "\r\n", "  "]
)


@settings(max_examples=80, deadline=None, database=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_no_character_is_lost(tok, text):
    with_space = tok.tokenize(text, keep_whitespace=True)
    assert "".join(with_space) == text
    assert all(with_space)
    assert tok.tokenize(text) == [t for t in with_space if not t.isspace()]
    assert [w for w, _ in tok.tokenize_with_pos(text, keep_whitespace=True)] == with_space


@pytest.fixture(scope="module")
def custom() -> JiebaTokenizer:
    """A second instance with a test glossary and dictionary (one more jieba initialisation)."""
    return JiebaTokenizer(glossary=DATA / "mini_glossary.tsv", user_dicts=[DATA / "mini_words.txt"],
                          user_words=["铱星幻影词"])


# (sentence, token from the custom lexicon)
CUSTOM_TOKENS = [
    ("他们说量子威慑格局很重要", "量子威慑格局"),
    ("他们说量子威懾格局很重要", "量子威懾格局"),  # variant
    ("他们说量子吓唬格局很重要", "量子吓唬格局"),  # forbidden form
    ("他们说测试条约很重要", "测试条约"),  # title marks stripped
    ("他们说稳定/不稳定悖论很重要", "稳定/不稳定悖论"),  # protected phrase
    ("他们说稳定-不稳定悖论很重要", "稳定-不稳定悖论"),  # '-' is a jieba word character
    ("他们说拉格朗日点防御很重要", "拉格朗日点防御"),
    ("他们说星际前哨站很重要", "星际前哨站"),
    ("他们说铱星幻影词很重要", "铱星幻影词"),
]


@pytest.mark.parametrize(("sentence", "word"), CUSTOM_TOKENS)
def test_custom_lexicon(custom, sentence, word):
    assert word in custom.tokenize(sentence)


def test_custom_lexicon_replaces_the_bundled_one(custom):
    assert "扩展威慑" not in custom.tokenize("包括扩展威慑")
    assert ("鲍勃·测试员", "nr") in custom.tokenize_with_pos("他是鲍勃·测试员。")
    assert ("铱星幻影词", "nz") in custom.tokenize_with_pos("他说铱星幻影词。")  # untagged extra word


def test_own_instance_leaves_global_jieba_alone(custom):
    import jieba
    import jieba.posseg

    before = (jieba.dt.initialized, len(jieba.dt.FREQ), dict(jieba.dt.user_word_tag_tab),
              len(jieba.posseg.dt.word_tag_tab))
    custom.tokenize_with_pos("他们说铱星幻影词很重要，乔治·布什宣布。")
    after = (jieba.dt.initialized, len(jieba.dt.FREQ), dict(jieba.dt.user_word_tag_tab),
             len(jieba.posseg.dt.word_tag_tab))
    assert after == before
    assert "铱星幻影词" not in jieba.dt.FREQ
    assert "铱星幻影词" not in jieba.posseg.dt.word_tag_tab
    assert custom._jieba is not jieba.dt


def test_pickles_by_configuration(custom):
    clone = pickle.loads(pickle.dumps(custom))
    assert clone.config == custom.config
    assert clone._jieba is None  # rebuilt lazily in the receiving process
    assert clone.signature() == custom.signature()


@pytest.mark.parametrize(("options", "suffix"), [({}, ""), ({"hmm": False}, "-nohmm")])
def test_signature_names_jieba_version_domain_and_lexicon(options, suffix):
    sig = JiebaTokenizer(**options).signature()
    assert sig.startswith("jieba-0.42.1+deterrence.")
    assert sig.endswith(suffix) and len(sig.split(".")[-1].removesuffix(suffix)) == 8


def test_signature_changes_with_the_lexicon():
    base = JiebaTokenizer().signature()
    assert JiebaTokenizer(user_words=["新词"]).signature() != base
    assert JiebaTokenizer(user_dicts=[]).signature() != base


def test_lexicon_splits_words_and_phrases():
    lex = build_lexicon(DATA / "mini_glossary.tsv", [DATA / "mini_words.txt"])
    assert lex.name == "mini_glossary"
    assert {"量子威慑格局", "量子吓唬格局", "测试条约", "稳定-不稳定悖论"} <= set(lex.glossary_words)
    assert [(e.word, e.tag) for e in lex.phrases] == [("稳定/不稳定悖论", "nz"), ("鲍勃·测试员", "nr")]
    assert [e.freq for e in lex.user_entries] == [None, 3000]


# (case id, dictionary line, fragment of the reason)
BAD_DICT_LINES = [
    ("two words", "核 保护伞 nz", "expected 'word [freq] [tag]'"),
    ("upper-case tag", "核保护伞 3 NZ", "expected 'word [freq] [tag]'"),
    ("zero frequency", "核保护伞 0 nz", "must be at least 1"),
]


@pytest.mark.parametrize(("line", "reason"), [c[1:] for c in BAD_DICT_LINES],
                         ids=[c[0] for c in BAD_DICT_LINES])
def test_bad_user_dictionary_lines(tmp_path, line, reason):
    path = tmp_path / "words.txt"
    path.write_text(f"# comment\n好词 nz\n{line}\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        read_user_dict(path)
    assert (err.value.line, str(path) in str(err.value)) == (3, True)
    assert reason in err.value.reason
