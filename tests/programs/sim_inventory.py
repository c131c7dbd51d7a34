# An inventory/order system: classes, dict bookkeeping, exceptions for stock problems, a report.


class OutOfStock(Exception):
    pass


class Product:
    def __init__(self, sku, name, price, stock):
        self.sku, self.name, self.price, self.stock = sku, name, price, stock


class Store:
    def __init__(self):
        self.products = {}
        self.orders = []
        self.revenue = 0

    def add(self, product):
        self.products[product.sku] = product

    def order(self, customer, lines):
        total = 0
        for sku, qty in lines:
            p = self.products.get(sku)
            if p is None:
                raise KeyError(sku)
            if p.stock < qty:
                raise OutOfStock("%s: wanted %d, have %d" % (p.name, qty, p.stock))
        for sku, qty in lines:
            p = self.products[sku]
            p.stock -= qty
            total += p.price * qty
        self.orders.append((customer, total))
        self.revenue += total
        return total


store = Store()
for args in [("A1", "widget", 250, 10), ("B2", "gadget", 1299, 3), ("C3", "doohickey", 99, 100)]:
    store.add(Product(*args))
attempts = [("ann", [("A1", 2), ("C3", 10)]), ("bob", [("B2", 4)]), ("cy", [("B2", 3), ("A1", 1)]),
            ("dee", [("Z9", 1)]), ("eve", [("A1", 8)]), ("fay", [("A1", 1)])]
for customer, lines in attempts:
    try:
        total = store.order(customer, lines)
        print("%-4s paid %7.2f" % (customer, total / 100))
    except OutOfStock as e:
        print("%-4s out of stock: %s" % (customer, e))
    except KeyError as e:
        print("%-4s unknown product %s" % (customer, e))
print("revenue: %.2f" % (store.revenue / 100))
for p in sorted(store.products.values(), key=lambda p: p.stock):
    print("%-10s %3d left" % (p.name, p.stock))
print("best customer:", max(store.orders, key=lambda o: o[1])[0])
