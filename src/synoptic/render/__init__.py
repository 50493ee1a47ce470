"""Renderers: JSON (the contract), Markdown, self-contained HTML, terminal.

Every renderer but :func:`render_json` takes the brief's JSON dict (``brief.to_dict()``), so a
saved brief renders exactly like a fresh one.
"""

from synoptic.render.html import render_html
from synoptic.render.json import load_schema, render_json
from synoptic.render.markdown import render_markdown
from synoptic.render.terminal import render_terminal

__all__ = ["load_schema", "render_html", "render_json", "render_markdown", "render_terminal"]
