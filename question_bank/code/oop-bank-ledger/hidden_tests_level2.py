from solution import Bank


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_withdraw_edges():
    bank = Bank()
    bank.create_account(1, "A")
    bank.deposit(2, "A", 30)
    check(bank.withdraw(3, "Z", 1), None, 'withdraw(3, "Z", 1) (missing account)')
    check(bank.withdraw(4, "A", 31), None, 'withdraw(4, "A", 31)')
    check(bank.withdraw(5, "A", 30), 0, 'withdraw(5, "A", 30)')
    check(bank.deposit(6, "A", 1), 1, 'deposit(6, "A", 1)')


def test_ties_by_id_and_zero_spenders():
    bank = Bank()
    for t, name in enumerate(["b", "a", "c", "d"], start=1):
        bank.create_account(t, name)
    bank.deposit(10, "c", 100)
    bank.deposit(11, "d", 100)
    bank.withdraw(12, "c", 40)
    bank.transfer(13, "d", "a", 40)
    check(bank.top_spenders(14, 4), ["c(40)", "d(40)", "a(0)", "b(0)"], "top_spenders(14, 4)")
    check(bank.top_spenders(15, 3), ["c(40)", "d(40)", "a(0)"], "top_spenders(15, 3)")


def test_incoming_and_failed_operations_do_not_count():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "B")
    bank.deposit(3, "A", 100)
    bank.transfer(4, "A", "B", 60)
    bank.transfer(5, "A", "B", 60)  # fails: only 40 left
    bank.withdraw(6, "B", 1000)  # fails
    bank.transfer(7, "A", "A", 10)  # fails
    check(bank.top_spenders(8, 2), ["A(60)", "B(0)"], "top_spenders(8, 2)")


def test_empty_bank_and_zero_n():
    bank = Bank()
    check(bank.top_spenders(1, 3), [], "top_spenders(1, 3) with no accounts")
    bank.create_account(2, "A")
    check(bank.top_spenders(3, 0), [], "top_spenders(3, 0)")


def test_outgoing_totals_accumulate():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "B")
    bank.deposit(3, "A", 100)
    bank.deposit(4, "B", 100)
    bank.withdraw(5, "A", 10)
    bank.transfer(6, "A", "B", 20)
    bank.withdraw(7, "B", 25)
    bank.withdraw(8, "A", 1)
    check(bank.top_spenders(9, 2), ["A(31)", "B(25)"], "top_spenders(9, 2)")
