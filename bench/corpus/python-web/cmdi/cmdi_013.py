"""Network diagnostics endpoint."""
import os

from flask import Flask, request

app = Flask(__name__)


@app.route("/diag/ping")
def ping():
    host = request.args.get("host", "127.0.0.1")
    # expect: CWE-78
    rc = os.system("ping -c 1 " + host)
    return {"reachable": rc == 0}
