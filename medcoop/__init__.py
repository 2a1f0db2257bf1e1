"""medcoop: a knowledge graph of cross-border cooperation between medical institutions."""
