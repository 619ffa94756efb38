"""Import every command module so its ``@app.command`` decorators run."""

from align.cli import build, segment  # noqa: F401
