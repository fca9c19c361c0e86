from jose import jwt


def is_admin(token):
    # ruleid: python-jose-unverified-claims
    claims = jwt.get_unverified_claims(token)
    return claims.get("role") == "admin"


def user_id(token):
    # ruleid: python-jose-unverified-claims
    return jwt.get_unverified_claims(token)["sub"]


def pick_key_then_verify(token, keys):
    # ok: python-jose-unverified-claims
    unverified = jwt.get_unverified_claims(token)
    key = keys[unverified["iss"]]
    claims = jwt.decode(token, key, algorithms=["RS256"], audience="api", issuer=unverified["iss"])
    return claims


def header_only(token, keys):
    # ok: python-jose-unverified-claims
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, keys[header["kid"]], algorithms=["RS256"], audience="api", issuer="https://id")


def verify_by_tenant(token, tenant_keys):
    # ok: python-jose-unverified-claims
    peek = jwt.get_unverified_claims(token)
    key = tenant_keys[peek["tid"]]
    try:
        claims = jwt.decode(token, key=key, algorithms=["RS256"], audience="api://reports")
    except JWTError:
        return None
    return claims


async def partner_token_expiry(http):
    resp = await http.post(PARTNER_TOKEN_URL, data={"grant_type": "client_credentials"})
    token = resp.json()["access_token"]
    # ok: python-jose-unverified-claims
    return token, jwt.get_unverified_claims(token)["exp"]
