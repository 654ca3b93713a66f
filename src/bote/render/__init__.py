"""Output formats. Each module turns a `Report` into text; none computes."""
