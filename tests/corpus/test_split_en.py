"""Latin-script sentence splitter: tricky English, German and French cases as tables."""

from __future__ import annotations

import pytest

from corpus.split import split_en
from tests.corpus.split_invariants import assert_valid_spans, sentences

# (id, paragraph, expected sentences in order)
EN_CASES: list[tuple[str, str, list[str]]] = [
    ("quote-after-period", 'He said, "Stop." Then he left.', ['He said, "Stop."', "Then he left."]),
    ("mark-in-quote-lowercase", '"Stop!" he said. "Why?" she asked.',
     ['"Stop!" he said.', '"Why?" she asked.']),
    ("single-quotes", "He said 'stop.' Then he ran.", ["He said 'stop.'", "Then he ran."]),
    ("quoted-sentences", '"Go." "No." They argued.', ['"Go."', '"No."', "They argued."]),
    ("us-uk", "The U.S. Army arrived in the U.K. The war ended.",
     ["The U.S. Army arrived in the U.K.", "The war ended."]),
    ("washington-dc", "He was born in Washington, D.C. He moved later.",
     ["He was born in Washington, D.C.", "He moved later."]),
    ("vol-pp-no", "See Vol. 132, pp. 651-684, and No. 4 of the journal. It helps.",
     ["See Vol. 132, pp. 651-684, and No. 4 of the journal.", "It helps."]),
    ("p-and-fig", "As shown on p. 12 in Fig. 3 the curve rises.", ["As shown on p. 12 in Fig. 3 the curve rises."]),
    ("titles", "Mr. and Mrs. Smith met Dr. Jones and Prof. Lee at St. Mary's. They talked.",
     ["Mr. and Mrs. Smith met Dr. Jones and Prof. Lee at St. Mary's.", "They talked."]),
    ("military-titles", "Gen. Lee and Lt. Col. Smith met Sen. Brown. They agreed.",
     ["Gen. Lee and Lt. Col. Smith met Sen. Brown.", "They agreed."]),
    ("initials", "George H. W. Bush and J. R. R. Tolkien never met. Both wrote.",
     ["George H. W. Bush and J. R. R. Tolkien never met.", "Both wrote."]),
    ("initial-at-end", "He took vitamin A. The effect was small.", ["He took vitamin A.", "The effect was small."]),
    ("etc-capital", "Apples, pears, etc. The list goes on.", ["Apples, pears, etc.", "The list goes on."]),
    ("etc-lowercase", "Apples, pears, etc. are fruit.", ["Apples, pears, etc. are fruit."]),
    ("eg-ie", "Use a tool, e.g. Python, i.e. a language. It works.",
     ["Use a tool, e.g. Python, i.e. a language.", "It works."]),
    ("vs-month-decimal", "The score was 3.5 vs. 2.1 in Jan. 2019. It rose.",
     ["The score was 3.5 vs. 2.1 in Jan. 2019.", "It rose."]),
    ("versus-v", "Roe v. Wade was decided. It mattered.", ["Roe v. Wade was decided.", "It mattered."]),
    ("numbered-list", "1. First item. 2. Second item. 3. Third item.",
     ["1. First item.", "2. Second item.", "3. Third item."]),
    ("roman-list", "I. Introduction. II. Methods.", ["I. Introduction.", "II. Methods."]),
    ("chapter-roman", "Chapter I. The beginning.", ["Chapter I.", "The beginning."]),
    ("section-numbers", "Section 2.3 shows the results. See also Section 4. The end is near.",
     ["Section 2.3 shows the results.", "See also Section 4.", "The end is near."]),
    ("no-after-number", "The ratio was 1:2. No. 5 was best.", ["The ratio was 1:2.", "No. 5 was best."]),
    ("year-then-sentence", "It was built in 1958. In 1991 it was removed.",
     ["It was built in 1958.", "In 1991 it was removed."]),
    ("urls-emails", "Visit https://example.com/a.html. Then write to john.doe@example.org. Thanks.",
     ["Visit https://example.com/a.html.", "Then write to john.doe@example.org.", "Thanks."]),
    ("ellipsis", "Wait... What happened? I think... maybe not.",
     ["Wait...", "What happened?", "I think... maybe not."]),
    ("unicode-ellipsis", "He paused… Then he spoke.", ["He paused…", "Then he spoke."]),
    ("mark-runs", "Is it true?! Yes!!! Really.", ["Is it true?!", "Yes!!!", "Really."]),
    ("parenthesised-sentences", "(This is a note. It has two sentences.) Then the text continues.",
     ["(This is a note. It has two sentences.)", "Then the text continues."]),
    ("square-brackets", "The value [see Fig. 3. Also Table 2.] is high. It matters.",
     ["The value [see Fig. 3. Also Table 2.] is high.", "It matters."]),
    ("pm-before-starter", "The meeting ends at 5 p.m. The room is booked.",
     ["The meeting ends at 5 p.m.", "The room is booked."]),
    ("pm-before-name", "It starts at 5 p.m. Eastern time.", ["It starts at 5 p.m. Eastern time."]),
    ("inc-lowercase", "Apple Inc. announced results.", ["Apple Inc. announced results."]),
    ("inc-capital", "He works for Apple Inc. The company is large.",
     ["He works for Apple Inc.", "The company is large."]),
    ("et-al", "Smith et al. (2010) found this. Others disagree.",
     ["Smith et al. (2010) found this.", "Others disagree."]),
    ("camel-case-start", "The phone launched. iPhone sales rose.", ["The phone launched.", "iPhone sales rose."]),
    ("caps-heading-line", "INTRODUCTION\nThis paper studies deterrence. It has two parts.",
     ["INTRODUCTION", "This paper studies deterrence.", "It has two parts."]),
    ("caps-heading-then-list", "RESULTS\n1. First item. 2. Second item.",
     ["RESULTS", "1. First item.", "2. Second item."]),
    ("caps-heading-mid-paragraph", "The text ends here\nMETHODS\nWe used data.",
     ["The text ends here", "METHODS", "We used data."]),
    ("caps-heading-inline", "EXTENDED DETERRENCE AND THE UMBRELLA The core is a threat.",
     ["EXTENDED DETERRENCE AND THE UMBRELLA", "The core is a threat."]),
    ("caps-acronym-not-heading", "NATO officials met. The U.S. agreed.", ["NATO officials met.", "The U.S. agreed."]),
    ("all-caps-sentences", "WE WON THE WAR. THE END.", ["WE WON THE WAR.", "THE END."]),
    ("newlines-are-spaces", "Newlines\nare spaces. Second\nsentence.", ["Newlines\nare spaces.", "Second\nsentence."]),
    ("footnote-marker", "It was proven.[12] Later work agreed.", ["It was proven.[12]", "Later work agreed."]),
    ("chinese-follows", "She sang. 她唱歌。", ["She sang.", "她唱歌。"]),
]

# (id, lang, paragraph, expected sentences)
OTHER_CASES: list[tuple[str, str, str, list[str]]] = [
    ("de-ordinal-date", "de", "Am 3. Oktober 1990 wurde Deutschland vereinigt. Das war ein Tag.",
     ["Am 3. Oktober 1990 wurde Deutschland vereinigt.", "Das war ein Tag."]),
    ("de-ordinal-before-starter", "de", "Er kam am 3. Dann ging er wieder.",
     ["Er kam am 3.", "Dann ging er wieder."]),
    ("de-abbreviations", "de", "Das kostet ca. 5 Euro, z.B. im Laden. Nr. 5 ist gut.",
     ["Das kostet ca. 5 Euro, z.B. im Laden.", "Nr. 5 ist gut."]),
    ("de-usw-starter", "de", "Sie aßen Äpfel usw. Die Stadt wuchs.", ["Sie aßen Äpfel usw.", "Die Stadt wuchs."]),
    ("de-usw-noun", "de", "Sie aßen Äpfel usw. Bücher gab es auch.", ["Sie aßen Äpfel usw. Bücher gab es auch."]),
    ("de-quotes", "de", "„Ja.“ Er ging.", ["„Ja.“", "Er ging."]),
    ("de-noun-after-sentence", "de", "Er kam nach Hause. Mutter wartete.", ["Er kam nach Hause.", "Mutter wartete."]),
    ("fr-monsieur", "fr", "M. Dupont est arrivé. Il est content.", ["M. Dupont est arrivé.", "Il est content."]),
    ("fr-guillemets", "fr", "« Non ! » Il partit.", ["« Non ! »", "Il partit."]),
    ("fr-elision", "fr", "C'est fini. L'homme est parti.", ["C'est fini.", "L'homme est parti."]),
    ("fr-jc", "fr", "Vers 50 av. J.-C. le roi mourut.", ["Vers 50 av. J.-C. le roi mourut."]),
    ("fr-chap", "fr", "Voir p. 12 et chap. 3. Ensuite, lire.", ["Voir p. 12 et chap. 3.", "Ensuite, lire."]),
    ("es-uses-english-list", "es", "El Dr. García llegó. Todo bien.", ["El Dr. García llegó.", "Todo bien."]),
]


@pytest.mark.parametrize("text,expected", [c[1:] for c in EN_CASES], ids=[c[0] for c in EN_CASES])
def test_split_en_cases(text: str, expected: list[str]) -> None:
    spans = split_en(text)
    assert sentences(text, spans) == expected
    assert_valid_spans(text, spans)


@pytest.mark.parametrize("lang,text,expected", [c[1:] for c in OTHER_CASES],
                         ids=[c[0] for c in OTHER_CASES])
def test_split_other_latin_cases(lang: str, text: str, expected: list[str]) -> None:
    spans = split_en(text, lang)
    assert sentences(text, spans) == expected
    assert_valid_spans(text, spans)


def test_case_table_is_large_enough() -> None:
    assert len(EN_CASES) >= 25
    assert len({c[0] for c in EN_CASES + OTHER_CASES}) == len(EN_CASES) + len(OTHER_CASES)


def test_german_list_changes_the_ordinal_decision() -> None:
    text = "Er kam am 3. Oktober."
    assert sentences(text, split_en(text, "de")) == [text]
    assert sentences(text, split_en(text, "en")) == ["Er kam am 3.", "Oktober."]


@pytest.mark.parametrize("text", ["", " ", "\n\t\n"])
def test_blank_input_gives_no_sentences(text: str) -> None:
    assert split_en(text) == []
