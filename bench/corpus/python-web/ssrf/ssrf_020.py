import requests
from django.http import HttpResponse


def repo_readme(request, owner, repo):
    repo_id = int(repo)
    url = "https://raw.example-git.com/api/repos/{}/readme".format(repo_id)
    # ok: CWE-918
    text = requests.get(url, timeout=5).text
    return HttpResponse(text, content_type="text/plain")
