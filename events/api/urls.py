from rest_framework.routers import DefaultRouter

from events.api import views
from events.api.sources import SourceViewSet

router = DefaultRouter()
router.register("events", views.EventViewSet, basename="event")
router.register("statements", views.StatementViewSet, basename="statement")
router.register("actors", views.ActorViewSet, basename="actor")
router.register("event-removals", views.EventRemovalViewSet, basename="event-removal")
router.register("sources", SourceViewSet, basename="source")
