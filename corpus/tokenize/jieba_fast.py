"""A ``jieba.Tokenizer`` subclass with the same output and a faster inner loop.

jieba's accurate mode builds a DAG of dictionary words over each run of Han characters, picks the
most probable route through it, and sends runs of single characters not in the dictionary to its
HMM (``finalseg``). This subclass keeps that algorithm and its dictionary but:

- fuses ``get_DAG`` and ``calc`` into one backward pass over the sentence, with the words'
  log-probabilities computed once per word (``log(freq) - log(total)``, the same float operations
  in the same order, so ties break exactly as in jieba: the larger end index wins);
- runs the 4-state HMM Viterbi with back-pointers instead of copying whole paths at every step
  (same additions in the same order, same tie-breaking). No result is cached, so repeated input
  costs the same as new input (benchmarks on repeated text stay honest).

``tests/corpus/test_jieba_fast.py`` checks that tokens equal plain ``jieba.Tokenizer`` output.
"""

from __future__ import annotations

from functools import lru_cache
from math import log
from typing import Any

import jieba
from jieba import finalseg

MIN_FLOAT = finalseg.MIN_FLOAT


def _hmm_cut(buf: str) -> tuple[str, ...]:
    """``finalseg.cut(buf)`` with the faster Viterbi."""
    out: list[str] = []
    for blk in finalseg.re_han.split(buf):
        if finalseg.re_han.match(blk):
            for word in _bmes_words(blk, _viterbi(blk)):
                out.extend(word if word in finalseg.Force_Split_Words else (word,))
        else:
            out.extend(x for x in finalseg.re_skip.split(blk) if x)
    return tuple(out)


_MISSING = (MIN_FLOAT, MIN_FLOAT, MIN_FLOAT, MIN_FLOAT)


@lru_cache(maxsize=1)
def _emissions() -> dict[str, tuple[float, float, float, float]]:
    """Per character, its B/M/E/S emission log-probabilities (``MIN_FLOAT`` when unseen)."""
    emit = finalseg.emit_P
    chars = set().union(*(emit[y] for y in "BMES"))
    return {c: tuple(emit[y].get(c, MIN_FLOAT) for y in "BMES") for c in chars}  # type: ignore[misc]


def _viterbi(obs: str) -> str:
    """Most probable B/M/E/S state string of ``obs`` (jieba's finalseg model and tie-breaking)."""
    start, trans, emis = finalseg.start_P, finalseg.trans_P, _emissions()
    t_eb, t_sb, t_mm, t_bm = trans["E"]["B"], trans["S"]["B"], trans["M"]["M"], trans["B"]["M"]
    t_ss, t_es, t_be, t_me = trans["S"]["S"], trans["E"]["S"], trans["B"]["E"], trans["M"]["E"]
    xb, xm, xe, xs = emis.get(obs[0], _MISSING)
    vb, vm, ve, vs = start["B"] + xb, start["M"] + xm, start["E"] + xe, start["S"] + xs
    back: list[tuple[str, str, str, str]] = []
    for c in obs[1:]:
        xb, xm, xe, xs = emis.get(c, _MISSING)
        b1, b2 = ve + t_eb + xb, vs + t_sb + xb
        m1, m2 = vm + t_mm + xm, vb + t_bm + xm
        s1, s2 = vs + t_ss + xs, ve + t_es + xs
        e1, e2 = vb + t_be + xe, vm + t_me + xe
        # max over (value, previous state) tuples: on equal values the larger letter wins
        pb, vb = ("S", b2) if b2 >= b1 else ("E", b1)
        pm, vm = ("M", m1) if m1 >= m2 else ("B", m2)
        ps, vs = ("S", s1) if s1 >= s2 else ("E", s2)
        pe, ve = ("M", e2) if e2 >= e1 else ("B", e1)
        back.append((pb, pm, pe, ps))
    state = "S" if vs >= ve else "E"
    states = [state]
    index = {"B": 0, "M": 1, "E": 2, "S": 3}
    for step in reversed(back):
        state = step[index[state]]
        states.append(state)
    return "".join(reversed(states))


def _bmes_words(text: str, states: str) -> list[str]:
    """Cut ``text`` at the word ends of its B/M/E/S states (as ``finalseg.__cut`` does)."""
    words: list[str] = []
    begin = nexti = 0
    for i, (char, pos) in enumerate(zip(text, states, strict=True)):
        if pos == "B":
            begin = i
        elif pos == "E":
            words.append(text[begin:i + 1])
            nexti = i + 1
        elif pos == "S":
            words.append(char)
            nexti = i + 1
    if nexti < len(text):
        words.append(text[nexti:])
    return words


class FastTokenizer(jieba.Tokenizer):
    """``jieba.Tokenizer`` with a fused DAG/route pass; output is identical."""

    def initialize(self, dictionary: Any = None) -> None:
        super().initialize(dictionary)
        self._logp: dict[str, float] = {}

    def add_word(self, word: str, freq: Any = None, tag: Any = None) -> None:
        super().add_word(word, freq, tag)
        self._logp = {}  # frequencies changed: recompute lazily

    def _route(self, sentence: str) -> list[int]:
        """End index (exclusive) of the best word starting at each position."""
        freq, logp = self.FREQ, self._logp
        logtotal = log(self.total)
        n = len(sentence)
        score = [0.0] * (n + 1)
        end = [0] * (n + 1)
        for k in range(n - 1, -1, -1):
            best = None
            best_x = k
            i = k
            frag = sentence[k]
            while frag in freq:
                lp = logp.get(frag)
                if lp is not None:
                    value = lp + score[i + 1]
                    if best is None or value >= best:  # ties: larger end index wins, as in jieba
                        best, best_x = value, i
                i += 1
                if i >= n:
                    break
                frag = sentence[k:i + 1]
            if best is None:  # no dictionary word starts here: a single character
                best = (log(freq.get(sentence[k]) or 1) - logtotal) + score[k + 1]
            score[k] = best
            end[k] = best_x + 1
        return end

    def _Tokenizer__cut_DAG(self, sentence: str):  # noqa: N802 (overrides jieba's private method)
        if not self._logp:
            self._fill_logp()
        end = self._route(sentence)
        freq = self.FREQ
        x, n, buf = 0, len(sentence), ""
        while x < n:
            y = end[x]
            if y - x == 1:
                buf += sentence[x]
            else:
                if buf:
                    yield from self._flush(buf, freq)
                    buf = ""
                yield sentence[x:y]
            x = y
        if buf:
            yield from self._flush(buf, freq)

    @staticmethod
    def _flush(buf: str, freq: dict[str, int]):
        if len(buf) == 1:
            yield buf
        elif not freq.get(buf):
            yield from _hmm_cut(buf)
        else:
            yield from buf

    def _fill_logp(self) -> None:
        logtotal = log(self.total)
        self._logp = {w: log(f) - logtotal for w, f in self.FREQ.items() if f}
