"""Import every command module so its ``@app.command`` decorators run."""

from align.cli import align_sents, build, check, eval_align, glossary, segment, terms  # noqa: F401
