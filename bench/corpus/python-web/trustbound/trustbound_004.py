from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"


class Prefs:
    def __init__(self, store):
        self.store = store

    def save(self, key, value):
        # expect: CWE-501
        self.store[key] = value


@app.route("/prefs", methods=["POST"])
def prefs():
    Prefs(session).save("layout", request.form.get("layout", "grid"))
    return "saved"
