from flask import Flask, request, session

app = Flask(__name__)
app.secret_key = "change-me"


@app.route("/cart/add", methods=["POST"])
def add_to_cart():
    item = request.form["item"]
    cart = session.get("cart", [])
    cart.append(item)
    # expect: CWE-501
    session["cart"] = cart
    return {"size": len(cart)}
