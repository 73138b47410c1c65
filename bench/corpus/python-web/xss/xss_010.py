"""Category page."""
from django.http import HttpResponse
from django.urls import path
from django.views import View


class CategoryView(View):
    def heading(self, slug):
        return "<h1>Category: " + slug.title() + "</h1>"

    def get(self, request, slug):
        # expect: CWE-79
        return HttpResponse(self.heading(slug))


urlpatterns = [path("c/<str:slug>", CategoryView.as_view())]
