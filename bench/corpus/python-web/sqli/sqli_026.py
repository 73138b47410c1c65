"""Stock view."""
from django.db import connection
from django.http import JsonResponse
from django.views import View


class StockView(View):
    def build_query(self, warehouse):
        return f"SELECT sku, qty FROM stock WHERE warehouse = '{warehouse}'"

    def get(self, request):
        warehouse = request.META.get("HTTP_X_WAREHOUSE", "main")
        with connection.cursor() as cursor:
            # expect: CWE-89
            cursor.execute(self.build_query(warehouse))
            return JsonResponse({"stock": cursor.fetchall()})
