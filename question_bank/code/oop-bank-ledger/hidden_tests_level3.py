from solution import Bank


def check(got, want, call):
    assert got == want, f"{call}: got {got!r}, want {want!r}"


def test_payment_due_now_runs_before_the_call():
    bank = Bank()
    bank.create_account(1, "A")
    bank.deposit(2, "A", 100)
    bank.schedule_payment(3, "A", 50, 2)  # due at 5
    check(bank.withdraw(5, "A", 60), None, 'withdraw(5, "A", 60) (the payment ran first)')
    check(bank.withdraw(6, "A", 50), 0, 'withdraw(6, "A", 50)')


def test_payment_due_now_fails_before_a_deposit_at_the_same_time():
    bank = Bank()
    bank.create_account(1, "A")
    bank.deposit(2, "A", 10)
    bank.schedule_payment(3, "A", 50, 2)  # due at 5
    check(bank.deposit(5, "A", 100), 110, 'deposit(5, "A", 100)')
    check(bank.payment_status(6, "A", "payment1"), "FAILED", 'payment_status(6, "A", "payment1")')


def test_due_time_order_beats_creation_order():
    bank = Bank()
    bank.create_account(1, "A")
    bank.deposit(2, "A", 60)
    check(bank.schedule_payment(3, "A", 50, 20), "payment1", "due at 23")
    check(bank.schedule_payment(4, "A", 50, 6), "payment2", "due at 10")
    check(bank.payment_status(30, "A", "payment2"), "DONE", 'payment_status(30, "A", "payment2")')
    check(bank.payment_status(31, "A", "payment1"), "FAILED", 'payment_status(31, "A", "payment1")')


def test_payments_run_before_any_method():
    bank = Bank()
    bank.create_account(1, "A")
    bank.deposit(2, "A", 100)
    bank.schedule_payment(3, "A", 30, 2)  # due at 5
    check(bank.top_spenders(5, 1), ["A(30)"], "top_spenders(5, 1)")
    bank.schedule_payment(6, "A", 20, 1)  # due at 7
    check(bank.create_account(7, "B"), True, 'create_account(7, "B")')
    check(bank.transfer(8, "A", "B", 50), 0, 'transfer(8, "A", "B", 50) (both payments ran)')


def test_failed_and_canceled_payments_do_not_count():
    bank = Bank()
    bank.create_account(1, "A")
    bank.deposit(2, "A", 10)
    bank.schedule_payment(3, "A", 50, 2)  # fails at 5
    bank.schedule_payment(4, "A", 5, 10)  # canceled
    bank.cancel_payment(6, "A", "payment2")
    check(bank.top_spenders(20, 1), ["A(0)"], "top_spenders(20, 1)")
    check(
        bank.withdraw(21, "A", 10), 0, 'withdraw(21, "A", 10) (the canceled payment took nothing)'
    )


def test_ids_are_global_and_failed_schedules_take_none():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "B")
    check(bank.schedule_payment(3, "Z", 5, 1), None, 'schedule_payment(3, "Z", 5, 1) (no account)')
    check(bank.schedule_payment(4, "A", 5, 10), "payment1", 'schedule_payment(4, "A", 5, 10)')
    check(bank.schedule_payment(5, "B", 5, 10), "payment2", 'schedule_payment(5, "B", 5, 10)')
    check(bank.schedule_payment(6, "A", 5, 10), "payment3", 'schedule_payment(6, "A", 5, 10)')


def test_cancel_and_status_are_per_owner():
    bank = Bank()
    bank.create_account(1, "A")
    bank.create_account(2, "B")
    bank.deposit(3, "A", 100)
    bank.schedule_payment(4, "A", 10, 5)  # due at 9
    check(bank.payment_status(5, "B", "payment1"), None, 'payment_status(5, "B", "payment1")')
    check(bank.payment_status(5, "A", "payment9"), None, 'payment_status(5, "A", "payment9")')
    check(bank.cancel_payment(6, "B", "payment1"), False, 'cancel_payment(6, "B", "payment1")')
    check(bank.cancel_payment(7, "A", "payment9"), False, 'cancel_payment(7, "A", "payment9")')
    check(
        bank.cancel_payment(10, "A", "payment1"),
        False,
        'cancel_payment(10, "A", "payment1") (already done)',
    )
    check(bank.payment_status(11, "A", "payment1"), "DONE", 'payment_status(11, "A", "payment1")')


def test_creation_order_past_nine_payments():
    # ids compared as strings would put "payment10" before "payment2"
    bank = Bank()
    bank.create_account(1, "A")
    bank.deposit(2, "A", 10)
    for t in range(3, 14):  # payment1 .. payment11, all due at 50
        bank.schedule_payment(t, "A", 1, 50 - t)
    check(bank.payment_status(50, "A", "payment10"), "DONE", 'payment_status(50, "A", "payment10")')
    check(bank.payment_status(51, "A", "payment9"), "DONE", 'payment_status(51, "A", "payment9")')
    check(
        bank.payment_status(52, "A", "payment11"), "FAILED", 'payment_status(52, "A", "payment11")'
    )
