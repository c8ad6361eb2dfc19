def find_words(board: list[list[str]], words: list[str]) -> list[str]:
    """Every word of words that can be traced on board, each once, in any order.

    A word is traced from any cell, moving up, down, left or right, never using the same cell
    twice within one word. board holds single lowercase letters; words are distinct.
    """
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = word  # the word that ends here
    rows, cols = len(board), len(board[0])
    found: list[str] = []

    def dfs(r: int, c: int, parent: dict) -> None:
        ch = board[r][c]
        node = parent.get(ch)
        if node is None:
            return
        if "$" in node:
            found.append(node.pop("$"))  # report each word once
        board[r][c] = "#"  # in use on the current path
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and board[nr][nc] != "#":
                dfs(nr, nc, node)
        board[r][c] = ch
        if not node:
            del parent[ch]  # no words left below: prune the branch

    for r in range(rows):
        for c in range(cols):
            dfs(r, c, trie)
    return found
