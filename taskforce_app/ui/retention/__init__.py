"""Sagsdata til sletning: the retention period, the forløb whose case data is due, the purge."""
