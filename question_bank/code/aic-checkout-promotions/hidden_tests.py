from pricing import Cart, OutOfStock, PercentOff, checkout, format_cents, load_catalog, parse_price

CATALOG = "data/catalog.csv"


def cart_of(**items):
    cart = Cart()
    for sku, qty in items.items():
        cart.add(sku, qty)
    return cart


def raises(error, call, *args):
    try:
        call(*args)
    except error:
        return True
    return False


def test_more_prices():
    got = [parse_price(t) for t in ("0.5", "12", "0.07", "1.10", "8.20", " 2.30 ", "1.15")]
    assert got == [50, 1200, 7, 110, 820, 230, 115], got


def test_bad_prices_are_refused():
    for text in ("abc", "1.999", "-1", "", "1.", ".5", "1,50"):
        assert raises(ValueError, parse_price, text), text


def test_cents_format_back():
    assert [format_cents(c) for c in (1999, 5, 0, -250)] == ["19.99", "0.05", "0.00", "-2.50"]


def test_merging_leaves_the_other_cart_and_handles_empty_ones():
    empty, guest = Cart(), cart_of(PER=2)
    empty.merge(guest)
    assert empty.items == {"PER": 2} and guest.items == {"PER": 2}
    guest.merge(Cart())
    assert guest.items == {"PER": 2}
    empty.add("PER")
    assert guest.items == {"PER": 2}, "the merged cart must not share state with the other"


def test_percent_off_rounds_halves_up():
    assert PercentOff("X", 25).discount(1, 10) == 3  # 2.5 cents
    assert PercentOff("X", 5).discount(1, 10) == 1  # 0.5 cents
    assert PercentOff("X", 15).discount(1, 250) == 38  # 37.5 cents
    assert PercentOff("X", 10).discount(3, 257) == 77  # 77.1 cents


def test_nothing_in_stock_means_nothing_sold():
    assert raises(OutOfStock, checkout, cart_of(TEA=1), load_catalog(CATALOG))


def test_an_unknown_sku_is_a_key_error():
    assert raises(KeyError, checkout, cart_of(XYZ=1), load_catalog(CATALOG))


def test_buy_x_get_y_counts_whole_groups():
    from pricing.promotions import BuyXGetY

    deal = BuyXGetY("APL", 2, 1)
    assert [deal.discount(q, 29) for q in (1, 2, 3, 5, 6, 7)] == [0, 0, 29, 29, 58, 58]
    assert BuyXGetY("APL", 1, 1).discount(5, 29) == 58
    assert BuyXGetY("APL", 3, 2).discount(10, 29) == 4 * 29


def test_buy_x_get_y_needs_real_numbers():
    from pricing.promotions import BuyXGetY

    assert raises(ValueError, BuyXGetY, "APL", 0, 1)
    assert raises(ValueError, BuyXGetY, "APL", 2, 0)


def test_a_promotion_that_takes_nothing_is_not_named():
    from pricing.promotions import BuyXGetY

    receipt = checkout(cart_of(APL=2), load_catalog(CATALOG), [BuyXGetY("APL", 2, 1)])
    (line,) = receipt.lines
    assert (line.discount_cents, line.promotion) == (0, None), line


def test_a_tie_goes_to_the_promotion_listed_first():
    from pricing.promotions import BuyXGetY

    half, bogo = PercentOff("BRD", 50), BuyXGetY("BRD", 1, 1)  # both 435 off two loaves
    for promotions in ([half, bogo], [bogo, half]):
        (line,) = checkout(cart_of(BRD=2), load_catalog(CATALOG), promotions).lines
        assert (line.discount_cents, line.promotion) == (435, promotions[0].name), line


def test_promotions_for_other_skus_change_nothing():
    from pricing.promotions import BuyXGetY

    promotions = [BuyXGetY("PER", 1, 1), PercentOff("MLK", 50)]
    receipt = checkout(cart_of(APL=4), load_catalog(CATALOG), promotions)
    assert (receipt.discount_cents, receipt.total_cents) == (0, 116), receipt


def test_receipt_totals_add_up():
    from pricing.promotions import BuyXGetY

    promotions = [BuyXGetY("MLK", 2, 1), PercentOff("COF", 15), PercentOff("OAT", 5)]
    receipt = checkout(cart_of(MLK=3, COF=2, OAT=1), load_catalog(CATALOG), promotions)
    assert receipt.subtotal_cents == 3 * 115 + 2 * 1999 + 230 == 4573
    assert [line.discount_cents for line in receipt.lines] == [600, 115, 12]
    assert receipt.total_cents == 4573 - 727 == sum(line.total_cents for line in receipt.lines)
