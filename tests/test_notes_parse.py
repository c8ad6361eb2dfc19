"""Finding questions in real notes: five files in five styles (an interview-book chapter, an
Obsidian vault of flash cards, lecture notes with LaTeX, a Q:/A: drill, messy personal notes),
each question found exactly, with its difficulty and context, and every skip with its reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from mockterm.core.bank.notes.cards import imperative, marks
from mockterm.core.bank.notes.convert import html_block, latex_text
from mockterm.core.bank.notes.find import parse_notes
from mockterm.core.bank.notes.found import ParsedNotes
from tests.conftest import DATA

NOTES = DATA / "notes"
VAULT = NOTES / "vault"
HEADING = "a heading without '?' over notes with no question in them"
TODO = "a to-do item (a checkbox), not a question"


def parse(name: str) -> ParsedNotes:
    path = NOTES / name
    return parse_notes(path.read_text(encoding="utf-8"), path.parent, VAULT)


def found(name: str) -> list[tuple[int, str, str, tuple[str, ...]]]:
    return [(q.line, q.text, q.difficulty, q.context) for q in parse(name).questions]


def skipped(name: str) -> list[tuple[int, str, str]]:
    return [(s.line, s.text, s.reason.split(":")[0]) for s in parse(name).skipped]


def answers(name: str) -> dict[str, str]:
    return {q.text: q.answer for q in parse(name).questions}


def test_interview_book_chapter() -> None:
    """Numbered items under "#### 8.1.1 Questions" headings, [E]/[M]/[H] markers, a group
    ("Dead neurons.") whose sub-questions carry it, imperatives, LaTeX, an HTML image, a tip box."""
    dead, schedules = ("Dead neurons",), ("Learning-rate schedules",)
    assert found("book-chapter.md") == [
        (14, "Why do we need non-linear activation functions at all?", "easy", ()),
        (16, "What is a dead ReLU neuron?", "easy", dead),
        (17, "How can you detect them in a trained network?", "medium", dead),
        (18, "How to prevent them?", "medium", dead),
        (
            19,
            "Derive the derivative of the sigmoid `σ(x) = 1/(1+e⁻ˣ)` in terms of `σ(x)` itself.",
            "medium",
            (),
        ),
        (
            20,
            "Sketch the curves of ReLU, GELU and SiLU on one plot. Where do they differ most?",
            "hard",
            (),
        ),
        (22, "Compare tanh and sigmoid as hidden-layer activations.", "easy", ()),
        (
            28,
            "Explain why Adam can generalise worse than SGD with momentum on image classification.",
            "medium",
            (),
        ),
        (30, "What does warm-up fix?", "easy", schedules),
        (31, "Why does cosine decay often beat a step schedule?", "medium", schedules),
        (32, "Implement gradient clipping by global norm in NumPy.", "hard", ()),
        (
            33,
            "What happens to the effective learning rate when you double the batch size and "
            "keep the learning rate fixed?",
            "medium",
            (),
        ),
        (35, "Write the update rule of SGD with momentum.", "easy", ()),
    ]
    assert skipped("book-chapter.md") == [(39, "Notes to self", HEADING)]
    chapter = answers("book-chapter.md")
    image = str((NOTES / "img" / "activations.png").resolve())
    sketch = next(q for q in parse("book-chapter.md").questions if q.line == 20)
    assert sketch.answer == f"![three activation curves]({image})"  # the <img> tag, converted
    assert sketch.images == (image,)
    assert chapter["Write the update rule of SGD with momentum."] == (
        "Velocity first: `vₜ₊₁ = μvₜ - η∇L(wₜ)`, then `wₜ₊₁ = wₜ + vₜ₊₁`."
    )
    assert chapter["What does warm-up fix?"] == ""  # a question without an answer is kept


def test_obsidian_vault_cards() -> None:
    """`::` and `:::` cards, a multi-line card around a `?` line with an embedded image, a
    highlight and Anki cloze, a `> [!question]` callout, tags, block ids, front matter and the
    spaced-repetition plugin's schedule comments (which never show)."""
    assert found("vault/deep-learning/activations.md") == [
        (9, "Why ReLU beat sigmoid in deep nets", "", ()),
        (12, "GELU", "", ()),
        (
            14,
            "What does this plot show? ![relu.png]("
            f"{(VAULT / 'attachments' / 'relu.png').resolve()})",
            "",
            (),
        ),
        (20, "Leaky ReLU keeps a small slope, […], for negative inputs.", "", ()),
    ]
    cards = {q.line: q for q in parse("vault/deep-learning/activations.md").questions}
    assert cards[12].block_id == "gelu-def" and cards[12].answer == (
        "x·Φ(x), where Φ is the standard normal CDF"
    )
    assert cards[14].answer.startswith("ReLU, flat at zero") and "SR:" not in cards[14].answer
    assert cards[14].images == (str((VAULT / "attachments" / "relu.png").resolve()),)
    assert cards[20].answer == (
        "Leaky ReLU keeps a small slope, **0.01 by default in PyTorch**, for negative inputs."
    )
    assert skipped("vault/deep-learning/activations.md") == []

    attention = parse("vault/deep-learning/attention.md").questions
    assert [(q.line, q.text, q.key, q.kind) for q in attention] == [
        (3, "Scaled dot-product attention", "", "card"),
        (3, "softmax(QKᵀ/√dₖ)·V", "reverse", "card"),
        (5, "Why divide the scores by √dₖ?", "", "callout"),
        (
            13,
            "The causal mask sets the scores above the diagonal to […] before the softmax.",
            "c1",
            "cloze",
        ),
        (
            13,
            "The causal mask sets the scores above the diagonal to minus infinity before the […].",
            "c2",
            "cloze",
        ),
        (17, "Does attention need positional information?", "", "item"),
    ]
    assert attention[1].answer == "Scaled dot-product attention"
    assert attention[2].answer.startswith("For random q and k with unit-variance entries")
    assert ">" not in attention[2].answer  # the callout's quote marks are gone
    positions = attention[5]
    assert (positions.difficulty, positions.block_id) == ("hard", "pos-info")
    link = (VAULT / "deep-learning" / "activations.md").resolve()
    assert f"[the GELU card]({link})" in positions.answer  # a wiki-link, resolved in the vault
    assert "[original paper](https://arxiv.org/abs/1706.03762)" in positions.answer

    assert found("vault/probability.md") == [
        (3, "Bayes' rule", "", ()),
        (5, "Variance of a sum of independent variables", "", ()),
    ]
    assert skipped("vault/probability.md") == [
        (9, "To review", HEADING),
        (12, "Derive the MLE of a Gaussian's variance", TODO),
    ]


def test_lecture_notes_with_latex() -> None:
    """Question headings (one with a "(hard)" marker), a derivation under a question heading,
    display math, a Question | Answer table, HTML details and line breaks."""
    why = "Why maximise the log-likelihood instead of the likelihood?"
    assert found("lecture-notes.md") == [
        (10, why, "", ()),
        (19, "Derive the MLE of the mean of a Gaussian with known variance", "", (why,)),
        (24, "How is L2 regularisation a Gaussian prior?", "hard", ()),
        (34, "Is the MLE of a Gaussian's variance biased?", "", ()),
        (35, "What does the Fisher information measure?", "", ()),
        (43, "Which estimator has lower variance: MLE or MAP with a strong prior?", "", ()),
    ]
    assert skipped("lecture-notes.md") == [(5, "Setting", HEADING)]
    notes = answers("lecture-notes.md")
    assert notes[why].endswith("```text\nθ̂ = argmax_θ Σᵢ₌₁ⁿ log p(xᵢ | θ)\n```")
    assert notes["Derive the MLE of the mean of a Gaussian with known variance"] == (
        "Set the derivative of `Σᵢ -(xᵢ - μ)²/(2σ²)` to zero:\n`μ̂ = 1/n Σᵢ xᵢ`, the sample mean."
    )
    prior = notes["How is L2 regularisation a Gaussian prior?"]
    assert "`λ = 1/(2τ²)`" in prior and prior.endswith("\nA Laplace prior gives L1 instead.")
    assert (
        notes["Is the MLE of a Gaussian's variance biased?"] == "Yes: it divides by `n`, not `n-1`."
    )
    assert notes["Which estimator has lower variance: MLE or MAP with a strong prior?"] == (
        "MAP: the prior pulls the estimate toward its mean, trading **bias** for lower variance."
    )


def test_qa_drill() -> None:
    """`Q:`/`A:`, `Q1.`/`A1.`, bold `**Q:**`, pairs without a blank line between them, and a
    `Question 5:` with no answer (the paragraph after it is not one)."""
    assert found("qa-pairs.md") == [
        (3, "What is the difference between recall@k and precision@k?", "", ()),
        (8, "Why use negative sampling to train a two-tower model?", "", ()),
        (19, "How do you evaluate a ranking model offline before an A/B test?", "", ()),
        (23, "Cold start for a brand-new item?", "", ()),
        (25, "Cold start for a brand-new user?", "", ()),
        (28, "What is position bias?", "", ()),
    ]
    assert skipped("qa-pairs.md") == []
    drill = answers("qa-pairs.md")
    sampling = drill["Why use negative sampling to train a two-tower model?"]
    assert sampling.startswith("A softmax over millions of items")
    assert "- in-batch negatives are free" in sampling and sampling.endswith("```")
    assert drill["Cold start for a brand-new item?"] == (
        "Content features (text, image embeddings) and an exploration budget."
    )
    assert drill["What is position bias?"] == ""


def test_messy_personal_notes() -> None:
    """Lower-case questions in nested bullets, "(medium)" and "#hard" markers, an empty "- ?",
    to-do checkboxes, a question lost mid-paragraph, a table cell, cloze with a hint."""
    assert found("messy.md") == [
        (4, "why do we scale attention scores?", "", ("transformers",)),
        (6, "kv cache - what does it store?", "medium", ("transformers",)),
        (7, "dropout vs batchnorm ... which first?", "hard", ()),
        (11, "why does label smoothing help calibration?", "", ()),
        (12, "why do we scale attention scores?", "", ()),
        (13, "Why does label smoothing help calibration?", "", ()),
        (18, "Why is BPE better than word-level tokens?", "", ()),
        (31, "Gradient accumulation […] at the cost of more steps per update.", "", ()),
        (
            31,
            "Gradient accumulation simulates a bigger batch at the cost of [time or memory?].",
            "",
            (),
        ),
        (33, "How does mixed precision keep small gradients from underflowing?", "hard", ()),
    ]
    assert skipped("messy.md") == [
        (8, "?", "empty question"),
        (10, "Explain beam search vs greedy decoding to myself out loud", TODO),
        (
            16,
            "That's why everyone uses AdamW now. Is that right?",
            "a line ending in '?' inside a paragraph",
        ),
        (21, "links", HEADING),
        (29, "does it work for transformers?", "a question in a table"),
    ]
    messy = {q.line: q.answer for q in parse("messy.md").questions}
    assert messy[4] == "so softmax doesn't saturate"
    assert messy[18] == ("Open vocabulary: any string splits into known subwords, so no `<UNK>`.")


@pytest.mark.parametrize(
    ("line", "words", "difficulty", "tags", "block_id"),
    [
        (
            "[H] 3.2 Why is the sky blue? #physics ^sky",
            "3.2 Why is the sky blue?",
            "hard",
            ("physics",),
            "sky",
        ),
        ("(easy) What is C# used for?", "What is C# used for?", "easy", (), ""),
        ("What is #hard about this? #ml #exam", "What is about this?", "hard", ("ml", "exam"), ""),
        ("- [ ] [Medium] Derive it", "- [ ] [Medium] Derive it", "", (), ""),
    ],
)
def test_marks(
    line: str, words: str, difficulty: str, tags: tuple[str, ...], block_id: str
) -> None:
    found = marks(line)
    assert (found.text, found.difficulty, found.tags, found.block_id) == (
        words,
        difficulty,
        tags,
        block_id,
    )


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Derive the softmax gradient", True),
        ("Explain dropout", True),
        ("List the assumptions of OLS", True),
        ("List comprehensions are fast", False),
        ("Design a feed ranker", True),
        ("Design patterns I like", False),
        ("Write up notes for Bob", False),
        ("Write code to reverse a list", True),
        ("derive", False),
    ],
)
def test_imperatives(text: str, asks: bool) -> None:
    assert imperative(text) is asks


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (r"\frac{\partial L}{\partial w}", "∂L/∂w"),
        (r"\sigma(x) = \frac{1}{1+e^{-x}}", "σ(x) = 1/(1+e⁻ˣ)"),
        (r"\text{softmax}(QK^\top/\sqrt{d_k})V", "softmax(QKᵀ/√dₖ)V"),
        (r"\mathbb{E}_{x \sim p}[\log q(x)]", "𝔼_(x ~ p)[log q(x)]"),
        (r"\unknowncommand{x}", r"\unknowncommand{x}"),
    ],
)
def test_latex_reads_as_text(latex: str, text: str) -> None:
    assert latex_text(latex) == text


def test_html_becomes_markdown() -> None:
    html = (
        '<p>Use <b>both</b><br>always</p><img src="a.png" alt="plot">'
        "<details><summary>Answer</summary>It is <i>Y</i></details><!--SR:!2025-01-01,3,250-->"
        "<script>alert(1)</script>"
    )
    assert html_block(html, lambda src, alt: f"![{alt}]({src})") == (
        "Use **both**\nalways\n\n![plot](a.png)\n\nIt is *Y*"
    )


def test_every_line_that_asks_is_accounted_for(tmp_path: Path) -> None:
    """Each line of the notes that ends in '?' is a question, in a question's answer, or
    skipped with a reason: nothing disappears."""
    for path in sorted(NOTES.rglob("*.md")):
        lines = path.read_text(encoding="utf-8").splitlines()
        parsed = parse_notes("\n".join(lines), path.parent, VAULT)
        told = {q.line for q in parsed.questions} | {s.line for s in parsed.skipped}
        shown = "\n".join(q.text + "\n" + q.answer for q in parsed.questions)
        for number, line in enumerate(lines, 1):
            words = line.strip().lstrip("-*>0123456789. ").strip()
            if not words.endswith("?") or number in told:
                continue
            assert words.rstrip("?")[-20:] in shown, f"{path.name}:{number}: {line!r} lost"


def test_a_pronoun_takes_the_heading_only_when_nothing_before_it_names_a_subject() -> None:
    text = (
        "## Activations\n\n- How to prevent them?\n- Explain `torch.no_grad()` and when to use "
        "it\n- Why does Adam need it?\n- How does it compare to SGD?\n"
    )
    assert [(q.text, q.context) for q in parse_notes(text).questions] == [
        ("How to prevent them?", ("Activations",)),
        ("Explain `torch.no_grad()` and when to use it", ()),
        ("Why does Adam need it?", ()),
        ("How does it compare to SGD?", ("Activations",)),
    ]


def test_a_one_line_card_just_above_a_multi_line_card_is_its_own() -> None:
    text = "AUC::ranking probability #metrics\nWhat does this curve show?\n?\nThe ROC curve.\n"
    parsed = parse_notes(text)
    assert [(q.line, q.text, q.answer) for q in parsed.questions] == [
        (1, "AUC", "ranking probability"),
        (2, "What does this curve show?", "The ROC curve."),
    ]
    assert parsed.skipped == ()
