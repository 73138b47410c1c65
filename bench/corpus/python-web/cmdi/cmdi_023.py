"""Service restart view."""
import os

from django.http import HttpResponse
from django.urls import path
from django.views import View


class RestartView(View):
    def command_for(self, service):
        return "sudo systemctl restart %s.service" % service

    def post(self, request, service):
        # expect: CWE-78
        os.system(self.command_for(service))
        return HttpResponse("restarting")


urlpatterns = [path("services/<str:service>/restart", RestartView.as_view())]
