from solution import Gateway


def test_no_routes_matches_nothing():
    gw = Gateway()
    assert gw.route("/anything") is None
    assert gw.route("/") is None


def test_path_equal_to_a_prefix_matches_it():
    gw = Gateway()
    gw.add_route("/api/users", "users")
    assert gw.route("/api/users") == "users"
    assert gw.route("/api/users/") == "users"
    assert gw.route("/api") is None, "a path shorter than every prefix matches none"


def test_empty_segments_in_the_path_are_ignored():
    gw = Gateway()
    gw.add_route("/api/users", "users")
    assert gw.route("//api///users//7/") == "users"


def test_deeper_route_that_does_not_match_leaves_the_shorter_one():
    gw = Gateway()
    gw.add_route("/a", "short")
    gw.add_route("/a/b/c", "deep")
    assert gw.route("/a/b/x") == "short"
    assert gw.route("/a/b/c/d") == "deep"
    assert gw.route("/a/bc") == "short"


def test_duplicate_keeps_the_first_backend():
    gw = Gateway()
    assert gw.add_route("/api", "one") is True
    assert gw.add_route("/api/", "two") is False
    assert gw.add_route("//api", "three") is False
    assert gw.route("/api/x") == "one"


def test_root_route_once_and_for_the_root_path():
    gw = Gateway()
    assert gw.add_route("/", "web") is True
    assert gw.add_route("/", "other") is False
    assert gw.route("/") == "web"
    assert gw.route("/x/y/z") == "web"
