"""Page-number pagination with a total count and a bounded page size."""

from __future__ import annotations

from rest_framework.pagination import PageNumberPagination


class CountedPagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 1000
