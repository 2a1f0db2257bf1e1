"""Data files (CSV gazetteers) shipped with medcoop."""
