"""Pipeline stages, one module each; the order lives in :mod:`synoptic.pipeline`."""
