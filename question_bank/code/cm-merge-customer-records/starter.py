def merge_records(records: list[list[str]]) -> list[list[str]]:
    """Merge duplicate customer records.

    `records[i] = [name, email_1, ..., email_k]`. Records sharing an email belong to the same
    customer, transitively; records of one customer carry the same name, but different customers
    may share a name. Returns one `[name, *sorted distinct emails]` per customer, the customers
    sorted by their smallest email.
    """
    raise NotImplementedError
