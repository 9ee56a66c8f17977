"""The analysis engine: numpy only, no Qt, no database (see DESIGN.md, "The analysis engine")."""

#: Recorded with every decision's figures; bump when a model change moves results for a seed.
ENGINE_VERSION = "privguard-analysis 1.2"
