def processing_order(jobs: list[list[int]]) -> list[int]:
    """Order in which one worker starts the jobs `[arrival, duration]` (indices).

    When the worker is free it starts the waiting job with the shortest duration, ties going to
    the smaller index; a job arriving exactly when the worker frees up is waiting. With nothing
    waiting it idles until the next arrival. Jobs run to completion.
    """
    raise NotImplementedError
