"""Renderers: JSON (the contract), Markdown, self-contained HTML, terminal."""
