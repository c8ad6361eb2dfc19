class Bank:
    """An in-memory ledger of accounts holding integer balances.

    Every public method takes the time of the call as its first argument; timestamps strictly
    increase. Amounts are positive integers and balances never go negative: an operation that
    would make one negative fails. A failed operation returns None (or False) and changes nothing.
    """

    def __init__(self) -> None:
        """Start with no accounts."""
        raise NotImplementedError

    def create_account(self, timestamp: int, account_id: str) -> bool:
        """Open an account with balance 0; False if the id already exists."""
        raise NotImplementedError

    def deposit(self, timestamp: int, account_id: str, amount: int) -> int | None:
        """Add `amount` and return the new balance; None if the account does not exist."""
        raise NotImplementedError

    def transfer(self, timestamp: int, source: str, target: str, amount: int) -> int | None:
        """Move `amount` from `source` to `target` and return the source's new balance.
        None if either account is missing, source == target, or funds are insufficient."""
        raise NotImplementedError
