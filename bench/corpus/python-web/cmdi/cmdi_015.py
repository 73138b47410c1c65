"""Directory listing for a project workspace."""
import subprocess

from flask import Flask

app = Flask(__name__)


@app.route("/workspace/<name>/ls")
def list_workspace(name):
    # expect: CWE-78
    out = subprocess.check_output(f"ls -la /srv/workspaces/{name}", shell=True)
    return out.decode("utf-8", "replace"), 200, {"Content-Type": "text/plain"}
