"""Backends behind small protocols, chosen by name (embedders, sentence splitters)."""
