"""The message catalogue: `en.py` and `zh.py` hold every user-facing string under one key.

A test checks that both hold the same keys with the same placeholders.
"""
