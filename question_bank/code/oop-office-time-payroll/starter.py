class Office:
    """Tracks when workers enter and leave the office and what they are paid for it.

    Every public method takes the time of the call (in minutes) as its first argument;
    timestamps never decrease. A worker alternates: the first `register` is an entry, the next an
    exit, and so on. A session is the half-open interval [entry, exit); only completed sessions
    count for time and pay. Rates are positive integers (pay per minute).
    """

    def __init__(self) -> None:
        """Start with no workers."""
        raise NotImplementedError

    def add_worker(self, timestamp: int, worker_id: str, position: str, rate: int) -> bool:
        """Add a worker with a position and a pay rate; False if the id exists."""
        raise NotImplementedError

    def register(self, timestamp: int, worker_id: str) -> str:
        """Record an entry or an exit (they alternate, starting with an entry). Returns
        "registered", or "invalid_request" for an unknown worker."""
        raise NotImplementedError

    def time_in_office(self, timestamp: int, worker_id: str) -> int | None:
        """Total minutes of the worker's completed sessions; None for an unknown worker."""
        raise NotImplementedError
