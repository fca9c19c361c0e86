def login(user):
    # ruleid: python-jwt-helper-sensitive-claims
    return create_access_token(data={"sub": user.email, "hashed_password": user.hashed_password})


def login_ok(user):
    # ok: python-jwt-helper-sensitive-claims
    return create_access_token(data={"sub": user.email, "role": user.role})


def create_access_token(data):
    return data
