import jwt


def legacy(token):
    # ruleid: pyjwt-legacy-verify-false
    return jwt.decode(token, verify=False)


def legacy_with_key(token, key):
    # ruleid: pyjwt-legacy-verify-false
    return jwt.decode(token, key)


def current(token, key):
    # ok: pyjwt-legacy-verify-false
    return jwt.decode(token, key, algorithms=["HS256"])


def legacy_positional(token):
    # ruleid: pyjwt-legacy-verify-false
    return jwt.decode(token, None, False)


def legacy_positional_verified(token, key):
    # ok: pyjwt-legacy-verify-false
    return jwt.decode(token, key, True)
