def merge_records(records: list[list[str]]) -> list[list[str]]:
    """Merge duplicate customer records.

    `records[i] = [name, email_1, ..., email_k]`. Records sharing an email belong to the same
    customer, transitively; records of one customer carry the same name, but different customers
    may share a name. Returns one `[name, *sorted distinct emails]` per customer, the customers
    sorted by their smallest email.
    """
    parent = list(range(len(records)))  # union-find over records

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]  # path halving
            x = parent[x]
        return x

    owner: dict[str, int] = {}  # email -> first record that had it
    for i, (_, *emails) in enumerate(records):
        for email in emails:
            if email in owner:
                parent[find(i)] = find(owner[email])
            else:
                owner[email] = i
    groups: dict[int, set[str]] = {}
    for email, i in owner.items():
        groups.setdefault(find(i), set()).add(email)
    merged = [[records[root][0], *sorted(emails)] for root, emails in groups.items()]
    return sorted(merged, key=lambda customer: customer[1])
