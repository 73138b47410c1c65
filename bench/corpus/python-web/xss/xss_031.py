"""Raw note echo."""
from flask import Flask, Response, request

app = Flask(__name__)


@app.route("/note", methods=["POST"])
def note():
    text = request.data.decode("utf-8")
    snippet = text[:200]
    # expect: CWE-79
    return Response("<article>" + snippet + "</article>", mimetype="text/html")
