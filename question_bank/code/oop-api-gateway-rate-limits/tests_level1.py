from solution import Gateway


def _example_gateway():
    gw = Gateway()
    assert gw.add_route("/api", "core") is True
    assert gw.add_route("/api/users", "users") is True
    return gw


def test_example_same_prefix_by_segments_is_rejected():
    gw = _example_gateway()
    assert gw.add_route("/api/users/", "x") is False, 'same prefix as "/api/users"'


def test_example_longest_prefix_by_segments():
    gw = _example_gateway()
    gw.add_route("/api/users/", "x")
    assert gw.route("/api/users/42") == "users"
    assert gw.route("/api/usersX") == "core", '"/api/usersX" does not start with "/api/users"'
    assert gw.route("/api/orders/7") == "core"
    assert gw.route("/static/a.css") is None


def test_example_root_prefix_matches_everything():
    gw = _example_gateway()
    assert gw.route("/static/a.css") is None
    assert gw.add_route("/", "web") is True
    assert gw.route("/static/a.css") == "web"
    assert gw.route("/api/users/42") == "users", "the longest prefix still wins"
