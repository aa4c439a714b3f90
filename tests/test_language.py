import re

from hypothesis import given
from hypothesis import strategies as st

from sitrep.language import Language, english_words, sentences, truecase


@given(st.text())
def test_sentence_chunks_join_back_exactly(text):
    assert "".join(sentences(text)) == text


def test_sentence_chunks_split_at_sentence_ends_and_lines():
    text = 'Rebels fled. "Police came." Then 40 left.\nNew line here'
    assert sentences(text) == [
        "Rebels fled. ",
        '"Police came." ',
        "Then 40 left.\n",
        "New line here",
    ]


@given(st.text())
def test_truecase_keeps_length(text):
    assert len(truecase(text)) == len(text)


def test_truecase_lowers_shouted_text_only():
    assert (
        truecase("GUERRILLAS ATTACKED A BUS. TWO DIED.") == "Guerrillas attacked a bus. Two died."
    )
    assert truecase("The UN said so.") == "The UN said so."


def test_prefiltered_parse_keeps_text_entities_and_sentences(language):
    hot = Language(language.nlp, hot=lambda s: bool(re.search(r"shell", s, re.I)))
    text = (
        "Artillery shelled the port of Velmora on Friday. "
        "Officials in Dastrana met donors to discuss grain. "
        "Nobody spoke."
    )
    (full,) = language.parse([text])
    (part,) = hot.parse([text])
    assert part.text == text
    assert [s.text.strip() for s in part.sents] == [s.text.strip() for s in full.sents]
    assert {e.text for e in part.ents} == {e.text for e in full.ents}
    shelled = next(t for t in part if t.text == "shelled")
    assert shelled.dep_ == "ROOT" and shelled.tag_ == "VBD"  # the hot sentence is fully parsed


def test_prefiltered_entities_are_the_full_pipelines(language):
    """Entities are found over whole passages, exactly as without the pre-filter."""
    hot = Language(language.nlp, hot=lambda s: "clash" in s)
    texts = [
        "Fighters clashed with police in Dastrana on Monday. The Velmora Relief Council met "
        "donors in Port Serin on Tuesday, and Amina Okoro spoke for the United Nations.",
        "NO CUE HERE. Officials in Kharkiv said nothing.",
        "",
    ]
    full = language.parse(texts)
    part = hot.parse(texts)
    for a, b in zip(full, part, strict=True):
        assert b.text == a.text
        assert [(e.start_char, e.end_char, e.label_) for e in b.ents] == [
            (e.start_char, e.end_char, e.label_) for e in a.ents
        ]
    clashed = next(t for t in part[0] if t.text == "clashed")
    assert clashed.pos_ == "VERB" and clashed.dep_ == "ROOT"
    met = next(t for t in part[0] if t.text == "met")
    assert met.tag_ == "" and met.head.i == next(part[0].sents)[-1].i + 1  # cold: flat tree


def test_fold_fast_path_matches_the_character_loop():
    from hypothesis import given, settings
    from hypothesis import strategies as st

    from sitrep.events._lexicon import fold

    def slow(text: str) -> str:
        out = [c.lower() if len(c.lower()) == 1 else c for c in text]
        return "".join(out).replace("\u2019", "'").replace("\u2018", "'")

    @settings(max_examples=300)
    @given(st.text())
    def check(text: str) -> None:
        assert fold(text) == slow(text)

    check()
    for text in ("ΟΔΟΣ Σ", "İstanbul", "Don’t ATTACK"):
        assert fold(text) == slow(text) and len(fold(text)) == len(text)


def test_matmul_ops_give_the_same_analysis():
    from sitrep.language import load_nlp, use_matmul

    text = "Gunmen killed 12 villagers near Maiduguri on Sunday, the army said in a statement."
    plain = load_nlp()(text)
    fast = use_matmul(load_nlp())(text)
    assert [(t.tag_, t.dep_, t.head.i, t.ent_type_) for t in fast] == [
        (t.tag_, t.dep_, t.head.i, t.ent_type_) for t in plain
    ]
    assert fast.vocab is not plain.vocab  # two pipelines, really compared


def test_copied_rules_give_what_the_attribute_ruler_gives(language):
    """The looked-up rules (`CopiedRules`) set tags, parts of speech and dependencies exactly
    as spaCy's attribute ruler does, on text with and without a rule of several tokens."""
    from sitrep.language import COPIED, PARSE, CopiedRules

    texts = [
        "There were heavy clashes near the town on Monday, and there is no sign of a truce.",
        "Militants  attacked a convoy;\n\nthe army said it had repelled them. I ain't sure.",
        "POLICE FIRED TEAR GAS AT PROTESTERS WHO WERE MARCHING ON THE MINISTRY",
        "Gunmen abducted 12 aid workers, their group said -- it's the third time this year.",
        " \t ",
    ]
    nlp, rules = language.nlp, CopiedRules(language.nlp)
    with nlp.select_pipes(enable=PARSE):
        fast = [rules(doc) for doc in nlp.pipe(texts)] + [rules(nlp(texts[0]))]
    with nlp.select_pipes(enable=[*PARSE, "attribute_ruler"]):
        slow = [doc.to_array(COPIED) for doc in nlp.pipe([*texts, texts[0]])]
    assert len(rules.known) > 20  # most tokens were looked up
    for mine, theirs in zip(fast, slow, strict=True):
        assert mine.shape == theirs.shape and (mine == theirs).all()


def test_a_dateline_is_parsed_as_a_sentence_of_its_own(language):
    from sitrep.events import load_event_knowledge

    dateline = load_event_knowledge().dateline
    text = (
        "VELMORA, Tuesday - Border guards have opened a new post near the river, an official said."
    )
    for parser in (
        Language(language.nlp, dateline=dateline),
        Language(language.nlp, hot=lambda s: "post" in s, dateline=dateline),
    ):
        (doc,) = parser.parse([text])
        assert doc.text == text
        first = next(iter(doc.sents))
        assert first.text.strip() == "VELMORA, Tuesday -"
        guards = next(t for t in doc if t.text == "guards")
        assert guards.dep_ == "nsubj" and guards.head.text == "opened"


def test_truecasing_keeps_a_name_that_only_looks_like_an_inflection():
    words = english_words()
    assert {"goes", "fixes", "buses", "watches"} <= words
    assert "soares" not in words  # "soar" takes no "-es"
    cased = truecase("GUNMEN SHOT ENVOY RUI SOARES. THE BUSES STOPPED AS HE GOES.", words)
    assert cased == "Gunmen shot envoy Rui Soares. The buses stopped as he goes."
