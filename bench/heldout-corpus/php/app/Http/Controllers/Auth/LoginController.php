<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use App\Models\User;
use Firebase\JWT\JWT;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\Hash;

class LoginController extends Controller
{
    /** Wholesale buyers sign in with their account number instead of an email address. */
    public function wholesaleLogin(Request $request): RedirectResponse
    {
        $data = $request->validate(['account' => 'required|string', 'password' => 'required|string']);

        $user = User::where('account_number', $data['account'])->first();
        if (!$user || !Hash::check($data['password'], $user->password)) {
            return back()->withErrors(['account' => __('auth.failed')]);
        }

        // expect: session-fixation
        session(['wholesale_user_id' => $user->id, 'price_list' => $user->price_list_id]);

        return redirect()->intended('/wholesale');
    }

    public function staffLogin(Request $request): RedirectResponse
    {
        $credentials = $request->validate(['email' => 'required|email', 'password' => 'required']);

        // safe: session-fixation
        if (Auth::attempt($credentials, $request->boolean('remember'))) {
            $request->session()->regenerate();

            return redirect()->intended('/dashboard');
        }

        return back()->withErrors(['email' => __('auth.failed')])->onlyInput('email');
    }

    /** Token login for the mobile app; the JWT travels in a cookie for the embedded web views. */
    public function mobileLogin(Request $request): JsonResponse
    {
        $user = User::where('email', $request->input('email'))->first();
        if (!$user || !Hash::check((string) $request->input('password'), $user->password)) {
            return response()->json(['message' => 'Invalid credentials'], 401);
        }

        $jwt = JWT::encode([
            'sub' => $user->id,
            'ver' => $user->token_version,
            // expect: jwt-long-lived
            'exp' => now()->addDays(7)->timestamp,
        // safe: jwt-weak-secret
        ], config('services.mobile_jwt.key'), 'HS256');

        return response()->json(['ok' => true])
            // expect: session-cookie-insecure
            ->withCookie(cookie('mobile_jwt', $jwt, 60 * 24 * 7, '/', null, true, false));
    }

    public function webviewLogin(Request $request): JsonResponse
    {
        $user = $request->user();
        $jwt = JWT::encode([
            'sub' => $user->id,
            'ver' => $user->token_version,
            // safe: jwt-long-lived
            'exp' => now()->addMinutes(10)->timestamp,
        ], config('services.mobile_jwt.key'), 'HS256');

        return response()->json(['ok' => true])
            // safe: session-cookie-insecure
            ->withCookie(cookie('webview_jwt', $jwt, 10, '/', null, true, true, false, 'strict'));
    }

    public function mobileLogout(): Response
    {
        // expect: jwt-no-revocation
        return response()->noContent()->withCookie(cookie()->forget('mobile_jwt'));
    }

    public function changePassword(Request $request): JsonResponse
    {
        $request->validate(['current' => 'required|current_password', 'password' => 'required|min:12|confirmed']);

        $user = $request->user();
        $user->password = Hash::make($request->input('password'));
        // safe: jwt-no-revocation
        $user->token_version = $user->token_version + 1;
        $user->save();

        return response()->json(['ok' => true]);
    }

    public function staffLogout(Request $request): RedirectResponse
    {
        Auth::guard('web')->logout();
        $request->session()->invalidate();
        $request->session()->regenerateToken();

        return redirect('/');
    }
}
