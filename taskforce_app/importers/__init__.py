"""Files in (case lists, returned workbooks, statistics, exchange packages) -> validated values."""
