def broadcast_time(n: int, links: list[list[int]], src: int) -> int:
    """Nodes are 1..n; each link [u, v, w] carries a message one way from u to v in w ms.
    A broadcast starts at `src` at time 0 and every node forwards it on all its outgoing links
    when it first receives it. Return when the last node receives it, or -1 if some never does."""
    raise NotImplementedError
