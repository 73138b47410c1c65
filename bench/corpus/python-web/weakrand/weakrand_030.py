import random
import uuid
from flask import Flask

app = Flask(__name__)


@app.route("/share", methods=["POST"])
def share():
    # expect: CWE-330
    link_id = uuid.UUID(int=random.getrandbits(128), version=4)
    return {"share_url": f"https://example.com/s/{link_id}"}
