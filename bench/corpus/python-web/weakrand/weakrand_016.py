import random
from flask import Flask

app = Flask(__name__)
FEATURED = ["spring-sale", "new-arrivals", "clearance", "gift-ideas"]


@app.route("/home")
def home():
    banners = list(FEATURED)
    # ok: CWE-330
    random.shuffle(banners)
    return {"banners": banners}
