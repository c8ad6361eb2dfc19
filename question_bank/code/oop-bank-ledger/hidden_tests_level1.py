from solution import Bank


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_transfer_with_a_missing_account_changes_nothing():
    bank = Bank()
    bank.create_account(1, "A")
    bank.deposit(2, "A", 100)
    check(bank.transfer(3, "A", "Z", 10), None, 'transfer(3, "A", "Z", 10) (missing target)')
    check(bank.transfer(4, "Z", "A", 10), None, 'transfer(4, "Z", "A", 10) (missing source)')
    check(
        bank.deposit(5, "A", 1), 101, 'deposit(5, "A", 1) (balance unchanged by failed transfers)'
    )


def test_failed_transfer_leaves_both_balances():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "B")
    bank.deposit(3, "A", 50)
    bank.deposit(4, "B", 7)
    check(bank.transfer(5, "A", "B", 51), None, 'transfer(5, "A", "B", 51)')
    check(bank.deposit(6, "A", 1), 51, 'deposit(6, "A", 1)')
    check(bank.deposit(7, "B", 1), 8, 'deposit(7, "B", 1)')


def test_transfer_of_the_whole_balance():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "B")
    bank.deposit(3, "A", 40)
    check(bank.transfer(4, "A", "B", 40), 0, 'transfer(4, "A", "B", 40)')
    check(bank.transfer(5, "A", "B", 1), None, 'transfer(5, "A", "B", 1) (empty)')
    check(bank.transfer(6, "B", "A", 15), 25, 'transfer(6, "B", "A", 15)')
    check(bank.deposit(7, "A", 5), 20, 'deposit(7, "A", 5)')


def test_deposits_accumulate_per_account():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "AA")
    check(bank.deposit(3, "A", 10), 10, 'deposit(3, "A", 10)')
    check(bank.deposit(4, "A", 15), 25, 'deposit(4, "A", 15)')
    check(bank.deposit(5, "AA", 1), 1, 'deposit(5, "AA", 1)')
    check(bank.create_account(6, "AA"), False, 'create_account(6, "AA")')
    check(bank.deposit(7, "AA", 1), 2, 'deposit(7, "AA", 1) (a failed create resets nothing)')
