"""The command line: a thin shell over :func:`synoptic.build_brief`."""
