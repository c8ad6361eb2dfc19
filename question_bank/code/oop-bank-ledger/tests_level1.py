from solution import Bank


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_example_accounts_and_deposits():
    bank = Bank()
    check(bank.create_account(1, "A"), True, 'create_account(1, "A")')
    check(bank.create_account(2, "B"), True, 'create_account(2, "B")')
    check(bank.create_account(3, "A"), False, 'create_account(3, "A") (exists)')
    check(bank.deposit(4, "A", 500), 500, 'deposit(4, "A", 500)')
    check(bank.deposit(5, "C", 10), None, 'deposit(5, "C", 10) (no such account)')


def test_example_transfers():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "B")
    bank.deposit(4, "A", 500)
    check(bank.transfer(6, "A", "B", 200), 300, 'transfer(6, "A", "B", 200)')
    check(bank.transfer(7, "A", "B", 400), None, 'transfer(7, "A", "B", 400) (insufficient funds)')
    check(bank.transfer(8, "A", "A", 10), None, 'transfer(8, "A", "A", 10)')
    check(bank.deposit(9, "B", 50), 250, 'deposit(9, "B", 50)')
