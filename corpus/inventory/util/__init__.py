"""Helpers for the inventory demo."""
from .money import Money
from .report import render_table

__all__ = ["Money", "render_table", "StockError"]
VERSION = (1, 2, 0)


class StockError(Exception):
    def __init__(self, sku, wanted, have):
        super().__init__(f"cannot reserve {wanted} x {sku}: only {have} free")
        self.sku = sku
