"""Import every command module so its ``@app.command`` decorators run."""

from align.cli import build, eval_align, segment, terms  # noqa: F401
