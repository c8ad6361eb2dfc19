from solution import Bank


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def bank_with_payments():
    bank = Bank()
    check(bank.create_account(1, "A"), True, 'create_account(1, "A")')
    check(bank.deposit(2, "A", 100), 100, 'deposit(2, "A", 100)')
    check(
        bank.schedule_payment(3, "A", 60, 5),
        "payment1",
        'schedule_payment(3, "A", 60, 5) (due at 8)',
    )
    check(
        bank.schedule_payment(4, "A", 60, 4),
        "payment2",
        'schedule_payment(4, "A", 60, 4) (also due at 8)',
    )
    return bank


def test_example_same_due_time_runs_in_creation_order():
    bank = bank_with_payments()
    check(
        bank.payment_status(7, "A", "payment1"), "SCHEDULED", 'payment_status(7, "A", "payment1")'
    )
    check(bank.payment_status(8, "A", "payment1"), "DONE", 'payment_status(8, "A", "payment1")')
    check(
        bank.payment_status(9, "A", "payment2"),
        "FAILED",
        'payment_status(9, "A", "payment2") (only 40 left)',
    )


def test_example_cancel_and_spending():
    bank = bank_with_payments()
    bank.payment_status(9, "A", "payment2")
    check(bank.deposit(10, "A", 30), 70, 'deposit(10, "A", 30)')
    check(bank.schedule_payment(11, "A", 50, 10), "payment3", 'schedule_payment(11, "A", 50, 10)')
    check(bank.cancel_payment(12, "A", "payment3"), True, 'cancel_payment(12, "A", "payment3")')
    check(
        bank.cancel_payment(13, "A", "payment3"), False, 'cancel_payment(13, "A", "payment3") again'
    )
    check(
        bank.payment_status(21, "A", "payment3"), "CANCELED", 'payment_status(21, "A", "payment3")'
    )
    check(bank.top_spenders(22, 1), ["A(60)"], "top_spenders(22, 1)")
