<?php

namespace App\Http\Controllers\Staff;

use App\Models\Staff;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Auth;
use Illuminate\Support\Facades\Cookie;
use Illuminate\Support\Facades\Hash;

class StaffSessionController
{
    public function login(Request $request)
    {
        $credentials = $request->only('email', 'password');
        if (Auth::validate($credentials)) {
            $staff = Staff::where('email', $credentials['email'])->first();
            // expect: session-fixation
            $request->session()->put('staff_user', $staff->id);
            return redirect('/staff');
        }
        return back();
    }

    public function loginPin(Request $request)
    {
        $staff = Staff::findOrFail($request->input('id'));
        if (!Hash::check($request->input('pin'), $staff->pin_hash)) {
            abort(403);
        }
        $request->session()->migrate(true);
        // safe: session-fixation
        $request->session()->put('staff_user', $staff->id);
        return redirect('/staff');
    }

    public function logout(Request $request)
    {
        // expect: jwt-no-revocation
        return redirect('/staff/login')->withoutCookie('staff_access_token');
    }

    public function logoutAll(Request $request)
    {
        $request->user()->forceFill(['token_version' => $request->user()->token_version + 1])->save();
        // safe: jwt-no-revocation
        return redirect('/staff/login')->withoutCookie('staff_access_token');
    }
}
