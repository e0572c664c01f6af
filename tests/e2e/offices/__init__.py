"""Ledgers of invented sub-district offices, each kept the way its own clerks keep them, and
the figures planted in them (computed from the rows written, never read back from dongmao)."""
