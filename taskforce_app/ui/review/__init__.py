"""The Case review page: rounds, sampling, case lists, the review screen and its results."""
