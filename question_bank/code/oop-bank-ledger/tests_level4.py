from solution import Bank


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def merged():
    bank = Bank()
    check(bank.create_account(1, "A"), True, 'create_account(1, "A")')
    check(bank.create_account(2, "B"), True, 'create_account(2, "B")')
    check(bank.deposit(3, "A", 100), 100, 'deposit(3, "A", 100)')
    check(bank.deposit(4, "B", 40), 40, 'deposit(4, "B", 40)')
    check(
        bank.schedule_payment(5, "B", 30, 10),
        "payment1",
        'schedule_payment(5, "B", 30, 10) (due at 15)',
    )
    check(bank.merge_accounts(6, "A", "B"), True, 'merge_accounts(6, "A", "B")')
    return bank


def test_example_merged_account_is_gone():
    bank = merged()
    check(bank.deposit(7, "B", 5), None, 'deposit(7, "B", 5)')
    check(bank.balance_at(8, "B", 5), 40, 'balance_at(8, "B", 5)')
    check(bank.balance_at(8, "B", 6), None, 'balance_at(8, "B", 6) (merged at 6)')


def test_example_target_history():
    bank = merged()
    check(bank.balance_at(8, "A", 5), 100, 'balance_at(8, "A", 5)')
    check(bank.balance_at(8, "A", 6), 140, 'balance_at(8, "A", 6)')


def test_example_payment_moves_with_the_merge():
    bank = merged()
    check(bank.payment_status(16, "A", "payment1"), "DONE", 'payment_status(16, "A", "payment1")')
    check(bank.balance_at(17, "A", 15), 110, 'balance_at(17, "A", 15)')
    check(bank.balance_at(17, "A", 0), None, 'balance_at(17, "A", 0) (before creation)')
    check(bank.top_spenders(18, 2), ["A(30)"], "top_spenders(18, 2)")
