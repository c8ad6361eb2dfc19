import heapq
from bisect import bisect_right
from dataclasses import dataclass

SCHEDULED, DONE, FAILED, CANCELED = "SCHEDULED", "DONE", "FAILED", "CANCELED"


@dataclass
class Payment:
    owner: str
    amount: int
    status: str = SCHEDULED


class Bank:
    """An in-memory ledger. Every public method first runs the payments that are due
    (`_process_due`), so scheduled work is never applied late, whichever method is called."""

    def __init__(self) -> None:
        self._balance: dict[str, int] = {}
        self._outgoing: dict[str, int] = {}
        self._created: dict[str, int] = {}
        self._closed: dict[str, int] = {}  # merged-away account -> time of the merge
        self._history: dict[str, tuple[list[int], list[int]]] = {}  # times, balances
        self._payments: dict[str, Payment] = {}
        self._due: list[tuple[int, int, str]] = []  # (due time, sequence, payment id)

    # -- helpers -------------------------------------------------------------------------

    def _set_balance(self, timestamp: int, account_id: str, balance: int) -> int:
        self._balance[account_id] = balance
        times, balances = self._history[account_id]
        times.append(timestamp)
        balances.append(balance)
        return balance

    def _spend(self, timestamp: int, account_id: str, amount: int) -> int | None:
        """Take `amount` out of a live account as outgoing money; None if funds are short."""
        balance = self._balance[account_id]
        if amount > balance:
            return None
        self._outgoing[account_id] += amount
        return self._set_balance(timestamp, account_id, balance - amount)

    def _process_due(self, timestamp: int) -> None:
        while self._due and self._due[0][0] <= timestamp:
            due, _, payment_id = heapq.heappop(self._due)
            payment = self._payments[payment_id]
            if payment.status != SCHEDULED:  # canceled: skipped lazily
                continue
            ok = self._spend(due, payment.owner, payment.amount) is not None
            payment.status = DONE if ok else FAILED

    # -- level 1 ---------------------------------------------------------------------------

    def create_account(self, timestamp: int, account_id: str) -> bool:
        self._process_due(timestamp)
        if account_id in self._created:  # live, or merged away (never reusable)
            return False
        self._created[account_id] = timestamp
        self._outgoing[account_id] = 0
        self._history[account_id] = ([], [])
        self._set_balance(timestamp, account_id, 0)
        return True

    def deposit(self, timestamp: int, account_id: str, amount: int) -> int | None:
        self._process_due(timestamp)
        if account_id not in self._balance:
            return None
        return self._set_balance(timestamp, account_id, self._balance[account_id] + amount)

    def transfer(self, timestamp: int, source: str, target: str, amount: int) -> int | None:
        self._process_due(timestamp)
        if source == target or source not in self._balance or target not in self._balance:
            return None
        left = self._spend(timestamp, source, amount)
        if left is not None:
            self._set_balance(timestamp, target, self._balance[target] + amount)
        return left

    # -- level 2 ---------------------------------------------------------------------------

    def withdraw(self, timestamp: int, account_id: str, amount: int) -> int | None:
        self._process_due(timestamp)
        if account_id not in self._balance:
            return None
        return self._spend(timestamp, account_id, amount)

    def top_spenders(self, timestamp: int, n: int) -> list[str]:
        self._process_due(timestamp)
        ranked = sorted(self._outgoing.items(), key=lambda item: (-item[1], item[0]))
        return [f"{account_id}({total})" for account_id, total in ranked[:n]]

    # -- level 3 ---------------------------------------------------------------------------

    def schedule_payment(
        self, timestamp: int, account_id: str, amount: int, delay: int
    ) -> str | None:
        self._process_due(timestamp)
        if account_id not in self._balance:
            return None
        sequence = len(self._payments) + 1
        payment_id = f"payment{sequence}"
        self._payments[payment_id] = Payment(account_id, amount)
        heapq.heappush(self._due, (timestamp + delay, sequence, payment_id))
        return payment_id

    def cancel_payment(self, timestamp: int, account_id: str, payment_id: str) -> bool:
        self._process_due(timestamp)
        payment = self._payments.get(payment_id)
        if payment is None or payment.owner != account_id or payment.status != SCHEDULED:
            return False
        payment.status = CANCELED
        return True

    def payment_status(self, timestamp: int, account_id: str, payment_id: str) -> str | None:
        self._process_due(timestamp)
        payment = self._payments.get(payment_id)
        if payment is None or payment.owner != account_id or account_id not in self._balance:
            return None
        return payment.status

    # -- level 4 ---------------------------------------------------------------------------

    def merge_accounts(self, timestamp: int, target: str, source: str) -> bool:
        self._process_due(timestamp)
        if target == source or target not in self._balance or source not in self._balance:
            return False
        self._outgoing[target] += self._outgoing.pop(source)
        self._set_balance(timestamp, target, self._balance[target] + self._balance.pop(source))
        for payment in self._payments.values():
            if payment.owner == source and payment.status == SCHEDULED:
                payment.owner = target
        self._closed[source] = timestamp
        return True

    def balance_at(self, timestamp: int, account_id: str, at: int) -> int | None:
        self._process_due(timestamp)
        created = self._created.get(account_id)
        if created is None or at < created:
            return None
        closed = self._closed.get(account_id)
        if closed is not None and at >= closed:
            return None
        times, balances = self._history[account_id]
        return balances[bisect_right(times, at) - 1]
