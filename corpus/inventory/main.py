import util
from models import Product, Warehouse
from util import Money, render_table, StockError


def main():
    catalog = [
        Product("P-1", "keyboard", Money("49.99"), "input"),
        Product("P-2", "mouse", Money("19.50"), "input"),
        Product("P-3", "monitor", Money("189.00"), "display"),
        Product("P-4", "cable", Money(4.25)),
    ]
    wh = Warehouse("central")
    for p, q in zip(catalog, [10, 25, 4, 100]):
        wh.receive(p, q)
    wh.receive(catalog[2], 3)
    orders = [("P-1", 3), ("P-3", 8), ("P-3", 6), ("P-9", 1), ("P-4", 40), ("P-2", 30)]
    for sku, qty in orders:
        try:
            wh.reserve(sku, qty)
            print(f"reserved {qty:3d} x {sku}")
        except StockError as e:
            print("error:", e)
    for sku in ("P-1", "P-3", "P-4"):
        print(f"shipped {wh.ship(sku, 100)} x {sku}")
    rows = [(l.product.sku, l.product.name, l.product.category, l.qty, l.reserved, str(l.value()))
            for l in sorted(wh.lines.values(), key=lambda l: l.value(), reverse=True)]
    print(render_table(["sku", "name", "cat", "qty", "rsv", "value"], rows))
    print("warehouse value:", wh.total_value())
    print("version:", ".".join(map(str, util.VERSION)), util.__all__, util.__doc__)
    print(Money("-3.5"), Money("1234567.891") * 2, repr(Money(0.1) + Money(0.2)), Money(1) == Money("1.00"))
    print(sorted(util.money.Money(x) for x in (3, 1.5, 2))[0], util.report.render_table.__module__)


if __name__ == "__main__":
    main()
