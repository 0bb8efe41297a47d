"""The Reports page: exports, returned workbooks and statistics."""
