"""Choices for the domain models. The ACLED taxonomy strings are exact (ACLED-TAXONOMY.md)."""

from __future__ import annotations

from django.db import models


class DisorderType(models.TextChoices):
    POLITICAL_VIOLENCE = "Political violence"
    DEMONSTRATIONS = "Demonstrations"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"
    POLITICAL_VIOLENCE_AND_DEMONSTRATIONS = "Political violence; Demonstrations"


class EventType(models.TextChoices):
    BATTLES = "Battles"
    PROTESTS = "Protests"
    RIOTS = "Riots"
    EXPLOSIONS_REMOTE_VIOLENCE = "Explosions/Remote violence"
    VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
    STRATEGIC_DEVELOPMENTS = "Strategic developments"


class SubEventType(models.TextChoices):
    GOVERNMENT_REGAINS_TERRITORY = "Government regains territory"
    NON_STATE_ACTOR_OVERTAKES_TERRITORY = "Non-state actor overtakes territory"
    ARMED_CLASH = "Armed clash"
    EXCESSIVE_FORCE_AGAINST_PROTESTERS = "Excessive force against protesters"
    PROTEST_WITH_INTERVENTION = "Protest with intervention"
    PEACEFUL_PROTEST = "Peaceful protest"
    VIOLENT_DEMONSTRATION = "Violent demonstration"
    MOB_VIOLENCE = "Mob violence"
    CHEMICAL_WEAPON = "Chemical weapon"
    AIR_DRONE_STRIKE = "Air/drone strike"
    SUICIDE_BOMB = "Suicide bomb"
    SHELLING_ARTILLERY_MISSILE_ATTACK = "Shelling/artillery/missile attack"
    REMOTE_EXPLOSIVE_LANDMINE_IED = "Remote explosive/landmine/IED"
    GRENADE = "Grenade"
    SEXUAL_VIOLENCE = "Sexual violence"
    ATTACK = "Attack"
    ABDUCTION_FORCED_DISAPPEARANCE = "Abduction/forced disappearance"
    AGREEMENT = "Agreement"
    ARRESTS = "Arrests"
    CHANGE_TO_GROUP_ACTIVITY = "Change to group/activity"
    DISRUPTED_WEAPONS_USE = "Disrupted weapons use"
    HEADQUARTERS_OR_BASE_ESTABLISHED = "Headquarters or base established"
    LOOTING_PROPERTY_DESTRUCTION = "Looting/property destruction"
    NON_VIOLENT_TRANSFER_OF_TERRITORY = "Non-violent transfer of territory"
    OTHER = "Other"


class DatePrecision(models.IntegerChoices):
    DAY = 1, "Exact day"
    WEEK = 2, "Week"
    MONTH = 3, "Month"


class GeoPrecision(models.IntegerChoices):
    EXACT = 1, "Exact town or district"
    NEAR = 2, "Near a place or part of a region"
    REGION = 3, "Region only"


class ReviewStatus(models.TextChoices):
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    REJECTED = "rejected"


class ArticleStatus(models.TextChoices):
    QUEUED = "queued"
    PROCESSING = "processing"
    DONE = "done"
    FAILED = "failed"
    UNSUPPORTED = "unsupported", "Unsupported language"
    DUPLICATE = "duplicate", "Duplicate of another article"


class SourcePollStatus(models.TextChoices):
    OK = "ok", "OK"
    NOT_MODIFIED = "not_modified", "Not modified"
    ERROR = "error"


class ActorKind(models.TextChoices):
    STATE = "state"
    ARMED_GROUP = "armed_group", "Armed group"
    PERSON = "person"
    ORGANISATION = "organisation"
    GOVERNMENT_BODY = "government_body", "Government body"
    CIVILIANS = "civilians"


class ActorRole(models.TextChoices):
    PERPETRATOR = "perpetrator"
    TARGET = "target"
    ASSOCIATED = "associated"
