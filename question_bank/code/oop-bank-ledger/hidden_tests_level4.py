from solution import Bank


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_failed_merges():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "B")
    check(bank.merge_accounts(3, "A", "A"), False, 'merge_accounts(3, "A", "A")')
    check(bank.merge_accounts(4, "A", "Z"), False, 'merge_accounts(4, "A", "Z")')
    check(bank.merge_accounts(5, "Z", "A"), False, 'merge_accounts(5, "Z", "A")')
    check(bank.merge_accounts(6, "A", "B"), True, 'merge_accounts(6, "A", "B")')
    check(bank.merge_accounts(7, "A", "B"), False, 'merge_accounts(7, "A", "B") (B is gone)')


def test_merged_id_can_never_come_back():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "B")
    bank.merge_accounts(3, "A", "B")
    check(bank.create_account(4, "B"), False, 'create_account(4, "B")')
    check(bank.transfer(5, "A", "B", 1), None, 'transfer(5, "A", "B", 1)')
    check(bank.withdraw(6, "B", 1), None, 'withdraw(6, "B", 1)')


def test_outgoing_totals_are_added():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "B")
    bank.create_account(3, "C")
    bank.deposit(4, "A", 100)
    bank.deposit(5, "B", 100)
    bank.deposit(6, "C", 100)
    bank.withdraw(7, "A", 30)
    bank.withdraw(8, "B", 20)
    bank.withdraw(9, "C", 45)
    bank.merge_accounts(10, "A", "B")
    check(bank.top_spenders(11, 5), ["A(50)", "C(45)"], "top_spenders(11, 5)")
    check(bank.withdraw(12, "A", 150), 0, 'withdraw(12, "A", 150) (balances were added)')


def test_pending_payments_change_owner():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "B")
    bank.deposit(3, "B", 50)
    bank.schedule_payment(4, "B", 10, 20)  # payment1, due at 24
    bank.schedule_payment(5, "B", 10, 20)  # payment2, due at 25
    bank.merge_accounts(6, "A", "B")
    check(bank.cancel_payment(7, "B", "payment1"), False, 'cancel_payment(7, "B", "payment1")')
    check(bank.payment_status(8, "B", "payment1"), None, 'payment_status(8, "B", "payment1")')
    check(bank.cancel_payment(9, "A", "payment1"), True, 'cancel_payment(9, "A", "payment1")')
    check(bank.payment_status(30, "A", "payment2"), "DONE", 'payment_status(30, "A", "payment2")')
    check(bank.balance_at(31, "A", 25), 40, 'balance_at(31, "A", 25)')


def test_chained_merges_follow_the_payment():
    bank = Bank()
    for t, name in [(1, "A"), (2, "B"), (3, "C")]:
        bank.create_account(t, name)
    bank.deposit(4, "B", 10)
    bank.schedule_payment(5, "B", 10, 50)  # due at 55
    bank.merge_accounts(6, "A", "B")
    bank.merge_accounts(7, "C", "A")
    check(
        bank.payment_status(8, "C", "payment1"), "SCHEDULED", 'payment_status(8, "C", "payment1")'
    )
    check(bank.payment_status(60, "C", "payment1"), "DONE", 'payment_status(60, "C", "payment1")')
    check(bank.top_spenders(61, 3), ["C(10)"], "top_spenders(61, 3)")
    check(bank.balance_at(62, "A", 6), 10, 'balance_at(62, "A", 6)')
    check(bank.balance_at(62, "A", 7), None, 'balance_at(62, "A", 7)')


def test_balance_at_exact_times():
    bank = Bank()
    bank.create_account(5, "A")
    bank.create_account(6, "B")
    bank.deposit(10, "A", 100)
    bank.transfer(20, "A", "B", 30)
    check(bank.balance_at(30, "A", 4), None, 'balance_at(30, "A", 4)')
    check(bank.balance_at(30, "A", 5), 0, 'balance_at(30, "A", 5) (created at 5)')
    check(bank.balance_at(30, "A", 9), 0, 'balance_at(30, "A", 9)')
    check(bank.balance_at(30, "A", 10), 100, 'balance_at(30, "A", 10)')
    check(bank.balance_at(30, "A", 19), 100, 'balance_at(30, "A", 19)')
    check(bank.balance_at(30, "A", 20), 70, 'balance_at(30, "A", 20)')
    check(bank.balance_at(30, "B", 20), 30, 'balance_at(30, "B", 20) (the transfer credits B)')
    check(bank.balance_at(30, "A", 30), 70, 'balance_at(30, "A", 30)')
    check(bank.balance_at(30, "Z", 10), None, 'balance_at(30, "Z", 10) (never existed)')


def test_balance_at_uses_the_payments_due_time():
    bank = Bank()
    bank.create_account(1, "A")
    bank.deposit(2, "A", 100)
    bank.schedule_payment(3, "A", 40, 7)  # due at 10, applied by the next call at 20
    check(bank.balance_at(20, "A", 9), 100, 'balance_at(20, "A", 9)')
    check(bank.balance_at(21, "A", 10), 60, 'balance_at(21, "A", 10)')
    check(bank.balance_at(22, "A", 20), 60, 'balance_at(22, "A", 20)')


def test_payment_status_through_a_merged_away_account():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "B")
    bank.deposit(3, "B", 100)
    done = bank.schedule_payment(4, "B", 10, 1)  # runs at 5
    moving = bank.schedule_payment(5, "B", 20, 10)  # due at 15
    bank.merge_accounts(6, "A", "B")
    assert bank.payment_status(7, "B", done) is None, "B no longer exists"
    assert bank.payment_status(7, "B", moving) is None, "B no longer exists"
    assert bank.payment_status(7, "A", done) is None, "a finished payment stays with B"
    assert bank.payment_status(7, "A", moving) == "SCHEDULED", "a scheduled payment moves to A"
