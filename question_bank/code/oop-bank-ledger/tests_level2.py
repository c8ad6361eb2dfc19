from solution import Bank


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def bank_with_spending():
    bank = Bank()
    for t, name in [(1, "A"), (2, "B"), (3, "C")]:
        check(bank.create_account(t, name), True, f"create_account({t}, {name!r})")
    check(bank.deposit(4, "A", 300), 300, 'deposit(4, "A", 300)')
    check(bank.deposit(5, "B", 300), 300, 'deposit(5, "B", 300)')
    check(bank.transfer(6, "A", "C", 100), 200, 'transfer(6, "A", "C", 100)')
    check(bank.withdraw(7, "B", 100), 200, 'withdraw(7, "B", 100)')
    check(bank.withdraw(8, "C", 500), None, 'withdraw(8, "C", 500) (failed: does not count)')
    check(bank.transfer(9, "B", "A", 50), 150, 'transfer(9, "B", "A", 50)')
    return bank


def test_example_top_two():
    bank = bank_with_spending()
    check(bank.top_spenders(10, 2), ["B(150)", "A(100)"], "top_spenders(10, 2)")


def test_example_fewer_accounts_than_n():
    bank = bank_with_spending()
    check(bank.top_spenders(11, 5), ["B(150)", "A(100)", "C(0)"], "top_spenders(11, 5)")
