"""Summary-quality evaluation: ROUGE of the project beside published systems and live peers.

- :mod:`~synoptic.evaluation.duc2004`, :mod:`~synoptic.evaluation.multinews`,
  :mod:`~synoptic.evaluation.allsides` (a held-out check): dataset readers returning
  :class:`~synoptic.evaluation.datasets.Cluster` objects;
- :mod:`~synoptic.evaluation.peers`: round-robin Lead and sumy's LexRank/TextRank, run live;
- :mod:`~synoptic.evaluation.rouge`: the ``rouge-score`` wrapper and a greedy oracle;
- :mod:`~synoptic.evaluation.harness`: runs and scores every system the same way;
- :mod:`~synoptic.evaluation.floors`: pinned quality floors for the CI gate;
- :mod:`~synoptic.evaluation.cli`: the ``synoptic eval`` commands.

Needs the ``eval`` extra (``sumy``, ``rouge-score``); the datasets are read by path only.
"""
