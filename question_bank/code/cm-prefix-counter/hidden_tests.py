import random
from collections import Counter

from solution import PrefixCounter


def test_removing_a_mere_prefix_changes_nothing():
    # "app" is on the path of "apple" but was never recorded itself
    counter = PrefixCounter()
    counter.add("apple")
    counter.remove("app")
    assert counter.count("app") == 1, "removing an unrecorded word changed the counts"
    assert counter.count("apple") == 1
    assert counter.count("") == 1


def test_removing_a_longer_unrecorded_word_changes_nothing():
    counter = PrefixCounter()
    counter.add("apple")
    counter.remove("apples")
    counter.remove("b")
    assert counter.count("a") == 1
    assert counter.count("apple") == 1


def test_repeated_adds_and_one_remove_too_many():
    counter = PrefixCounter()
    for _ in range(3):
        counter.add("zz")
    for _ in range(4):
        counter.remove("zz")
    assert counter.count("z") == 0
    assert counter.count("") == 0
    counter.add("zz")
    assert counter.count("zz") == 1, "a word re-added after its removal must count again"


def test_prefix_longer_than_every_word():
    counter = PrefixCounter()
    counter.add("abc")
    assert counter.count("abcd") == 0
    assert counter.count("abc") == 1
    assert counter.count("b") == 0


def test_fifty_letter_words():
    longest = "q" * 49 + "z"
    counter = PrefixCounter()
    counter.add(longest)
    counter.add("q" * 50)
    assert counter.count("q" * 49) == 2
    assert counter.count(longest) == 1
    counter.remove("q" * 49)
    assert counter.count("q") == 2, "removing an unrecorded 49-letter prefix changed the counts"
    counter.remove(longest)
    assert counter.count("q" * 49) == 1


def test_many_calls_in_time_linear_in_word_length():
    # 3 * 10^4 calls on about 10^4 distinct words: scanning the recorded words for each count does
    # not finish. The expected counts come from a Counter of every prefix of every recorded word.
    rng = random.Random(0)
    counter, recorded, words, prefixes = PrefixCounter(), [], Counter(), Counter()

    def fresh_word():
        return "".join(rng.choices("abc", k=rng.randint(1, 20)))

    for step in range(30_000):
        kind = step % 5
        if kind in (0, 1):
            word = rng.choice(recorded) if recorded and rng.random() < 0.2 else fresh_word()
            counter.add(word)
            recorded.append(word)
            words[word] += 1
            for i in range(len(word) + 1):
                prefixes[word[:i]] += 1
        elif kind == 2:
            word = rng.choice(recorded) if rng.random() < 0.5 else fresh_word()
            counter.remove(word)
            if words[word]:
                words[word] -= 1
                for i in range(len(word) + 1):
                    prefixes[word[:i]] -= 1
        else:
            word = rng.choice(recorded) if rng.random() < 0.8 else fresh_word()
            prefix = word[: rng.randint(0, len(word))]
            got, want = counter.count(prefix), prefixes[prefix]
            assert got == want, f"step {step}: count({prefix!r}) = {got}, want {want}"
