<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use App\Models\User;
use Firebase\JWT\JWT;
use Firebase\JWT\Key;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\Hash;

class LoginController extends Controller
{
    public function store(Request $request): RedirectResponse
    {
        $credentials = $request->validate([
            'email' => ['required', 'email'],
            'password' => ['required'],
        ]);

        if (Auth::attempt($credentials, $request->boolean('remember'))) {
            // safe: session-fixation
            $request->session()->regenerate();

            return redirect()->intended('dashboard');
        }

        return back()->withErrors(['email' => 'The provided credentials do not match our records.'])->onlyInput('email');
    }

    /**
     * Legacy partner login: partners live in a separate table, not the auth provider.
     */
    public function partner(Request $request): RedirectResponse
    {
        $partner = \App\Models\Partner::where('login', $request->input('login'))->first();

        if (! $partner || ! Hash::check($request->input('password'), $partner->password)) {
            return back()->withErrors(['login' => 'Invalid login.']);
        }

        // expect: session-fixation
        session(['partner_id' => $partner->id, 'partner_name' => $partner->name]);

        return redirect('/partner/dashboard');
    }

    public function token(Request $request): JsonResponse
    {
        $user = User::where('email', $request->input('email'))->first();

        if (! $user || ! Hash::check($request->input('password'), $user->password)) {
            return response()->json(['message' => 'Invalid credentials'], 401);
        }

        $payload = [
            'iss' => config('app.url'),
            'sub' => $user->id,
            // expect: jwt-sensitive-payload
            'user' => $user->toArray(),
            'iat' => time(),
            // expect: jwt-long-lived
            'exp' => now()->addDays(7)->timestamp,
        ];

        // safe: jwt-weak-secret
        $jwt = JWT::encode($payload, config('services.jwt.private_key'), 'RS256');

        return response()->json(['access_token' => $jwt, 'token_type' => 'Bearer']);
    }

    public function whoami(Request $request): JsonResponse
    {
        // safe: jwt-none-algorithm
        $claims = JWT::decode($request->bearerToken(), new Key(config('services.jwt.public_key'), 'RS256'));

        return response()->json(['sub' => $claims->sub]);
    }

    public function revokeToken(Request $request): JsonResponse
    {
        // the SPA drops its copy; the token itself stays valid until exp
        // expect: jwt-no-revocation
        return response()->json(['message' => 'Logged out'])->withoutCookie('api_token');
    }

    public function destroy(Request $request): RedirectResponse
    {
        Auth::guard('web')->logout();

        // safe: jwt-no-revocation
        $request->session()->invalidate();
        $request->session()->regenerateToken();

        return redirect('/');
    }
}
