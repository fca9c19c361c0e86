import datetime

import jwt

# ruleid: pyjwt-none-algorithm-constant
INTERNAL_ALG = "none"
# ok: pyjwt-none-algorithm-constant
SIGNING_ALG = "HS256"
# ok: pyjwt-none-algorithm-constant
FALLBACK_MODE = "none"


def make_internal_token(job_id):
    return jwt.encode({"job": job_id, "exp": datetime.datetime.utcnow() + datetime.timedelta(minutes=5)},
                      None, algorithm=INTERNAL_ALG)


def make_token(user_id, key):
    return jwt.encode({"sub": user_id}, key, algorithm=SIGNING_ALG)


def describe():
    return {"mode": FALLBACK_MODE}
