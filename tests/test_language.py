import re

from hypothesis import given
from hypothesis import strategies as st

from sitrep.language import Language, sentences, truecase


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
