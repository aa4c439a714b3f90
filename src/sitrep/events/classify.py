"""Sub-event rules: the cue proposes a sub-type, the sentence and the actors settle it."""

from __future__ import annotations

from spacy.tokens import Span, Token

from sitrep.events._lexicon import fold
from sitrep.events.knowledge import EventKnowledge

# Nouns that make an infinitive an attempt, not an outcome ("the campaign to retake X").
ATTEMPT_HEADS = {
    "campaign",
    "offensive",
    "operation",
    "attempt",
    "bid",
    "push",
    "effort",
    "battle",
    "fight",
    "drive",
    "assault",
    "try",
    "tries",
    "tried",
    "trying",
    "attempting",
    "attempted",
    "seeking",
    "sought",
    "aim",
    "aims",
    "aiming",
    "plan",
    "planned",
}
# Verbs before an infinitive that make it an outcome after all ("managed to retake").
SUCCESS_HEADS = {"managed", "manage", "manages", "succeeded", "able"}


def refine(key: str, sentence: Span, knowledge: EventKnowledge) -> str:
    """Apply the data's refinements (a bombing by jets is an air strike)."""
    text = fold(sentence.text)
    for rule in knowledge.refinements:
        if rule.source == key and rule.when is not None and rule.when.search(text):
            return rule.target
    return key


def is_attempt(trigger: Token) -> bool:
    """An infinitive or gerund of intent: the territory did not change hands (yet)."""
    has_to = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    head = trigger.head
    if has_to:
        return head.lower_ not in SUCCESS_HEADS
    return trigger.dep_ in ("xcomp", "acl") and head.lower_ in ATTEMPT_HEADS


def settle(
    key: str,
    trigger: Token,
    actor1_class: str | None,
    actor2_class: str | None,
    patient: tuple[bool, bool],
    weak: bool,
) -> str:
    """The final sub-event key from the cue's key, the trigger's form and the actors' kinds.

    Classes are "state", "armed", "unarmed", "crowd" (see actors.toml [kinds]) or None.
    `patient`: the object is people; the object is an armed site ("military positions").
    """
    patient_is_person, armed_site = patient
    if key == "civilian_attack" and armed_site and actor1_class in ("state", "armed", None):
        return "armed_clash"  # "guerrillas attacked army positions": a battle
    if key in ("government_regains", "nonstate_overtakes"):
        return _territory(key, trigger, actor1_class, patient_is_person)
    if key == "abduction" and actor1_class == "state":
        return "arrests"  # state forces detaining people is an arrest in ACLED
    if key == "arrests" and actor1_class == "armed":
        return "abduction"
    if key == "civilian_attack" and weak:
        return _generic_violence(actor1_class, actor2_class)
    if key == "civilian_attack" and actor1_class == "crowd":
        return "mob_violence"  # "a crowd lynched two men": a mob, not an armed group
    if key == "armed_clash" and "crowd" in (actor1_class, actor2_class):
        return "violent_demonstration"
    return key


def _territory(key: str, trigger: Token, actor1_class: str | None, patient_is_person: bool) -> str:
    if patient_is_person:  # "captured two commanders": people, not ground
        return "arrests" if actor1_class == "state" else "abduction"
    if is_attempt(trigger):
        return "armed_clash"
    if actor1_class == "state":
        return "government_regains"
    if actor1_class == "armed":
        return "nonstate_overtakes"
    return key


def _generic_violence(actor1_class: str | None, actor2_class: str | None) -> str:
    """A generic 'attack'/'killed': a fight between armed sides, else violence on civilians."""
    if actor1_class == "crowd":
        return "mob_violence"
    if actor2_class in ("state", "armed") and actor1_class in ("state", "armed", None):
        return "armed_clash"
    return "civilian_attack"
