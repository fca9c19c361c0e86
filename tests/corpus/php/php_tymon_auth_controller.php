<?php

namespace App\Http\Controllers\Api;

use App\Http\Controllers\Controller;
use App\Models\Driver;
use Illuminate\Http\Request;
use Tymon\JWTAuth\Contracts\JWTSubject;
use Tymon\JWTAuth\Facades\JWTAuth;

// app/Http/Controllers/Api/DriverAuthController.php
class DriverAuthController extends Controller
{
    public function login(Request $request)
    {
        $credentials = $request->only('phone', 'password');
        if (! $token = auth('driver')->attempt($credentials)) {
            return response()->json(['error' => 'invalid credentials'], 401);
        }
        return $this->respondWithToken($token);
    }

    public function longShift(Request $request)
    {
        $credentials = $request->only('phone', 'password');
        // expect: jwt-long-lived
        $token = auth('driver')->setTTL(60 * 12)->attempt($credentials);
        return $this->respondWithToken($token);
    }

    // expect: jwt-no-revocation
    public function logout()
    {
        return response()->json(['message' => 'Logged out, please discard your token']);
    }

    protected function respondWithToken($token)
    {
        return response()->json([
            'access_token' => $token,
            'token_type' => 'bearer',
            'expires_in' => auth('driver')->factory()->getTTL() * 60,
        ]);
    }
}

// app/Http/Controllers/Api/DispatcherAuthController.php
class DispatcherAuthController extends Controller
{
    public function login(Request $request)
    {
        $token = JWTAuth::attempt($request->only('email', 'password'));
        return response()->json(['access_token' => $token]);
    }

    // safe: jwt-no-revocation
    public function logout()
    {
        JWTAuth::invalidate(JWTAuth::getToken());
        return response()->json(['message' => 'Logged out']);
    }
}

// app/Models/Driver.php
class DriverModel extends \Illuminate\Foundation\Auth\User implements JWTSubject
{
    public function getJWTIdentifier()
    {
        return $this->getKey();
    }

    public function getJWTCustomClaims()
    {
        return [
            // safe: jwt-sensitive-payload
            'depot' => $this->depot_id,
            // expect: jwt-sensitive-payload
            'licence_date_of_birth' => $this->date_of_birth,
        ];
    }
}
