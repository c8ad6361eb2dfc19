"""The ranking team's feature store client: feature values per user, fresh or defaulted."""

from featstore.backend import Event, InMemoryBackend
from featstore.client import FeatureClient
from featstore.schema import FeatureSpec, Schema

__all__ = ["Event", "FeatureClient", "FeatureSpec", "InMemoryBackend", "Schema"]
