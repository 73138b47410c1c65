"""Log rotation view."""
import os

from django.http import HttpResponse
from django.views import View


class RotateView(View):
    def rotate_command(self, requested):
        return "/usr/sbin/logrotate -f /etc/logrotate.d/app"

    def post(self, request):
        cmd = self.rotate_command(request.POST.get("config", ""))
        # ok: CWE-78
        os.system(cmd)
        return HttpResponse("rotated")
