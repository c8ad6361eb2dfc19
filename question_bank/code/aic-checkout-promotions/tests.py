from pricing import Cart, OutOfStock, PercentOff, checkout, load_catalog, parse_price

CATALOG = "data/catalog.csv"


def cart_of(**items):
    cart = Cart()
    for sku, qty in items.items():
        cart.add(sku, qty)
    return cart


def test_prices_are_exact_cents():
    got = [parse_price(text) for text in ("0.29", "4.35", "19.99", "3", "2.5")]
    assert got == [29, 435, 1999, 300, 250], got


def test_the_catalog_loads():
    catalog = load_catalog(CATALOG)
    assert len(catalog) == 9
    assert (catalog.get("CHS").stock, catalog.get("TEA").stock) == (1, 0)
    assert catalog.get("EGG").price_cents == 257


def test_a_guest_cart_merges_into_the_account_cart():
    account, guest = cart_of(APL=2), cart_of(APL=3, PER=1)
    account.merge(guest)
    assert account.items == {"APL": 5, "PER": 1}, account.items
    assert guest.items == {"APL": 3, "PER": 1}, guest.items


def test_the_last_unit_can_be_sold():
    receipt = checkout(cart_of(CHS=1), load_catalog(CATALOG))
    assert receipt.total_cents == 380, receipt


def test_more_than_the_stock_is_refused():
    try:
        checkout(cart_of(CHS=2), load_catalog(CATALOG))
    except OutOfStock:
        return
    raise AssertionError("2 cheddars with 1 in stock should raise OutOfStock")


def test_the_receipt_matches_the_shelf_prices():
    receipt = checkout(cart_of(COF=1, BRD=2), load_catalog(CATALOG))
    assert receipt.subtotal_cents == 1999 + 2 * 435, receipt


def test_percent_off_a_line():
    receipt = checkout(cart_of(EGG=3), load_catalog(CATALOG), [PercentOff("EGG", 10)])
    got = (receipt.subtotal_cents, receipt.discount_cents, receipt.total_cents)
    assert got == (771, 77, 694), got


def test_buy_two_get_one_free():
    from pricing.promotions import BuyXGetY  # the feature

    receipt = checkout(cart_of(APL=7), load_catalog(CATALOG), [BuyXGetY("APL", 2, 1)])
    (line,) = receipt.lines
    assert (line.discount_cents, line.promotion) == (58, "buy 2 get 1 free"), line
    assert receipt.total_cents == 145, receipt


def test_a_line_gets_only_its_best_promotion():
    from pricing.promotions import BuyXGetY  # the feature

    promotions = [PercentOff("BRD", 20), BuyXGetY("BRD", 3, 1), PercentOff("EGG", 10)]
    receipt = checkout(cart_of(APL=1, BRD=4, EGG=3), load_catalog(CATALOG), promotions)
    got = [(line.sku, line.discount_cents, line.promotion) for line in receipt.lines]
    assert got == [("APL", 0, None), ("BRD", 435, "buy 3 get 1 free"), ("EGG", 77, "10% off")], got
    assert receipt.discount_cents == 512, receipt
