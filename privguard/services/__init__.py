"""Use cases: open and lock a register, edit its content, build report data."""
