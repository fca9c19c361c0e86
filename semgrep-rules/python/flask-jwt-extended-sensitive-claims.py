from flask_jwt_extended import JWTManager, create_access_token

jwt = JWTManager()


def login(user):
    # ruleid: flask-jwt-extended-sensitive-claims
    return create_access_token(identity=user.id, additional_claims={"api_key": user.api_key})


def login_record(user):
    # ruleid: flask-jwt-extended-sensitive-claims
    return create_access_token(identity=user.to_dict())


def login_ok(user):
    # ok: flask-jwt-extended-sensitive-claims
    return create_access_token(identity=str(user.id), additional_claims={"roles": user.roles})


@jwt.additional_claims_loader
def claims(identity):
    # ruleid: flask-jwt-extended-sensitive-claims
    return {"role": "user", "ssn": lookup(identity).ssn}


def lookup(identity):
    return identity


def login_prefixed_key(user):
    # ruleid: flask-jwt-extended-sensitive-claims
    return create_access_token(identity=str(user.id), additional_claims={"email": user.email, "sync_api_key": user.sync_api_key})


def login_key_id(user):
    # ok: flask-jwt-extended-sensitive-claims
    return create_access_token(identity=str(user.id), additional_claims={"api_key_id": user.api_key_id})
