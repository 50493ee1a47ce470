"""``python -m synoptic.evaluation duc2004 --data ...``."""

from synoptic.evaluation.cli import eval_app

eval_app(prog_name="python -m synoptic.evaluation")
