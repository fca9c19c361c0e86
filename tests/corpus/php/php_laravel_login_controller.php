<?php

namespace App\Http\Controllers\Auth;

use App\Http\Controllers\Controller;
use App\Models\User;
use Illuminate\Http\RedirectResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\Cookie;
use Illuminate\Support\Facades\Hash;
use Illuminate\Support\Facades\Session;

class LoginController extends Controller
{
    public function authenticate(Request $request): RedirectResponse
    {
        $credentials = $request->validate(['email' => ['required', 'email'], 'password' => ['required']]);

        if (Auth::attempt($credentials, $request->boolean('remember'))) {
            $request->session()->regenerate();
            // safe: session-fixation
            $request->session()->put('last_login_user', Auth::id());
            return redirect()->intended('dashboard');
        }

        return back()->withErrors(['email' => 'The provided credentials do not match our records.']);
    }

    public function legacyLogin(Request $request): RedirectResponse
    {
        $user = User::where('email', $request->input('email'))->first();

        if ($user && Hash::check($request->input('password'), $user->password)) {
            // expect: session-fixation
            session(['user_id' => $user->id, 'user_name' => $user->name]);
            return redirect('/home');
        }

        return back()->withErrors(['email' => 'Invalid login']);
    }

    public function kioskLogin(Request $request): RedirectResponse
    {
        $user = User::where('badge', $request->input('badge'))->firstOrFail();
        if (!Hash::check($request->input('pin'), $user->pin_hash)) {
            abort(403);
        }
        // expect: session-fixation
        Session::put('kiosk_user', $user->id);
        // expect: session-cookie-insecure
        Cookie::queue('kiosk_session', $user->id, 480, '/', null, false, true);
        return redirect('/kiosk');
    }

    public function apiLogin(Request $request)
    {
        $user = User::where('email', $request->input('email'))->first();
        if ($user && Hash::check($request->input('password'), $user->password)) {
            // safe: session-fixation
            Auth::login($user);
            $request->session()->regenerate();
            $token = $user->createToken('spa')->plainTextToken;
            // expect: session-cookie-insecure
            return response()->json(['ok' => true])->cookie('access_token', $token, 15, '/', null, true, false);
        }
        abort(401);
    }

    public function staffLogin(Request $request)
    {
        $user = User::where('email', $request->input('email'))->first();
        if ($user && Hash::check($request->input('password'), $user->password)) {
            $request->session()->regenerate();
            // safe: session-fixation
            $request->session()->put('staff_user_id', $user->id);
            // safe: session-cookie-insecure
            return redirect('/staff')->cookie('access_token', $user->createToken('staff')->plainTextToken, 15);
        }
        abort(401);
    }

    public function impersonate(Request $request, User $target)
    {
        // safe: session-fixation
        Auth::loginUsingId($target->id);
        // expect: session-cookie-insecure
        config(['session.secure' => false]);
        return redirect('/');
    }

    public function remember(Request $request)
    {
        // safe: session-cookie-insecure
        Cookie::queue('preferred_locale', $request->input('locale'), 60 * 24 * 30);
        return back();
    }
}
