<?php
class User extends Authenticatable implements JWTSubject
{
    public function getJWTIdentifier()
    {
        return $this->getKey();
    }

    public function getJWTCustomClaims()
    {
        return [
            // ok: tymon-jwt-auth-sensitive-claims
            'role' => $this->role,
            // ruleid: tymon-jwt-auth-sensitive-claims
            'api_key' => $this->api_key,
        ];
    }
}

class Customer extends Model implements JWTSubject
{
    public function getJWTCustomClaims()
    {
        // ruleid: tymon-jwt-auth-sensitive-claims
        return $this->toArray();
    }
}

class Partner extends Model implements JWTSubject
{
    public function getJWTCustomClaims()
    {
        // ok: tymon-jwt-auth-sensitive-claims
        return ['tenant' => $this->tenant_id];
    }
}

function issueFor($user)
{
    // ruleid: tymon-jwt-auth-sensitive-claims
    return JWTAuth::claims(['card_number' => $user->card_number])->fromUser($user);
}
