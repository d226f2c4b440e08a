"""Language data: word lists and tables, no logic.

Each module says where its entries come from.  Extending the library to new
phrasings usually means adding entries here, not changing code.
"""
