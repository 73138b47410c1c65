"""Article search."""
from django.db import models
from django.http import JsonResponse


class Article(models.Model):
    title = models.CharField(max_length=200)

    class Meta:
        app_label = "news"


def search_articles(request):
    q = request.GET.get("q", "")
    # ok: CWE-89
    articles = Article.objects.raw("SELECT * FROM news_article WHERE title LIKE %s", ["%" + q + "%"])
    return JsonResponse({"titles": [a.title for a in articles]})
