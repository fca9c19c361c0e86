from datetime import timedelta

# ruleid: python-jwt-lifetime-setting-too-long
ACCESS_TOKEN_EXPIRE_MINUTES = 60 * 24 * 8
# ruleid: python-jwt-lifetime-setting-too-long
JWT_EXPIRATION_HOURS = 24
# ruleid: python-jwt-lifetime-setting-too-long
TOKEN_TTL = timedelta(days=1)
# ok: python-jwt-lifetime-setting-too-long
ACCESS_TOKEN_EXPIRE_MINUTES_SHORT = 15
# ok: python-jwt-lifetime-setting-too-long
REFRESH_TOKEN_EXPIRE_DAYS = 30
# ok: python-jwt-lifetime-setting-too-long
SESSION_TTL = timedelta(days=1)


# ruleid: python-jwt-lifetime-setting-too-long
def create_access_token(data: dict, expires_delta: timedelta = timedelta(days=7)):
    return data


def login(user):
    # ruleid: python-jwt-lifetime-setting-too-long
    return create_access_token({"sub": user.id}, expires_delta=timedelta(hours=8))


def login_short(user):
    # ok: python-jwt-lifetime-setting-too-long
    return create_access_token({"sub": user.id}, expires_delta=timedelta(minutes=10))


def create_download_token(path: str) -> str:
    # a signed link for one file, minted by the access-token helper
    # ok: python-jwt-lifetime-setting-too-long
    return create_access_token({"file": path}, expires_delta=timedelta(minutes=30))


def create_user_token(user) -> str:
    # ruleid: python-jwt-lifetime-setting-too-long
    return create_access_token({"sub": user.id}, expires_delta=timedelta(hours=12))


@api.route('/tokens/', methods=['POST'])
def get_token():
    # ruleid: python-jwt-lifetime-setting-too-long
    return jsonify({'token': g.current_user.generate_auth_token(expiration=3600), 'expiration': 3600})


@api.route('/tokens/short', methods=['POST'])
def get_short_token():
    # ok: python-jwt-lifetime-setting-too-long
    return jsonify({'token': g.current_user.generate_auth_token(expiration=600)})


def mint_day_token(user):
    # ruleid: python-jwt-lifetime-setting-too-long
    return create_token(user.id, expires_in=24 * 60 * 60)


def refresh(user):
    # ok: python-jwt-lifetime-setting-too-long
    return user.generate_refresh_token(expiration=7 * 24 * 3600)
