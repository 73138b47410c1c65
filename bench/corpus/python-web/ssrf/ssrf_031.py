import requests
from django.http import HttpResponse


def repo_readme(request, owner, repo):
    url = "https://raw.example-git.com/{}/{}/main/README.md".format(owner, repo)
    # expect: CWE-918
    text = requests.get(url, timeout=5).text
    return HttpResponse(text, content_type="text/plain")
