"""Stage 2 of the parser: typed cues, each with its span in the cleaned text."""
