from dataclasses import dataclass, field

from util.money import Money


@dataclass
class Product:
    sku: str
    name: str
    price: Money
    category: str = "misc"


@dataclass
class StockLine:
    product: Product
    qty: int = 0
    reserved: int = 0

    @property
    def free(self):
        return self.qty - self.reserved

    def value(self):
        return self.product.price * self.qty


@dataclass
class Warehouse:
    name: str
    lines: dict = field(default_factory=dict)

    def receive(self, product, qty):
        line = self.lines.setdefault(product.sku, StockLine(product))
        line.qty += qty
        return line

    def reserve(self, sku, qty):
        line = self.lines.get(sku)
        if line is None or line.free < qty:
            from util import StockError
            have = 0 if line is None else line.free
            raise StockError(sku, qty, have)
        line.reserved += qty

    def ship(self, sku, qty):
        line = self.lines[sku]
        take = min(qty, line.reserved)
        line.reserved -= take
        line.qty -= take
        return take

    def total_value(self):
        total = Money(0)
        for line in self.lines.values():
            total = total + line.value()
        return total
