using System.Net.Http.Json;
using Blazored.LocalStorage;
using Blazored.SessionStorage;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.JSInterop;

public class AuthService
{
    private const string TokenKey = "authToken";
    private readonly IJSRuntime _js;
    private readonly ILocalStorageService _localStorage;
    private readonly ISessionStorageService _sessionStorage;
    private readonly ProtectedLocalStorage _protected;
    private readonly HttpClient _http;

    public async Task LoginAsync(LoginModel model)
    {
        var response = await _http.PostAsJsonAsync("api/auth/login", model);
        var result = await response.Content.ReadFromJsonAsync<LoginResult>();
        // ruleid: aspnetcore-blazor-token-in-browser-storage
        await _localStorage.SetItemAsync("authToken", result.Token);
        // ruleid: aspnetcore-blazor-token-in-browser-storage
        await _localStorage.SetItemAsStringAsync(TokenKey, result.Token);
        // ruleid: aspnetcore-blazor-token-in-browser-storage
        await _sessionStorage.SetItemAsync("refresh", result.RefreshToken);
        // ruleid: aspnetcore-blazor-token-in-browser-storage
        await _js.InvokeVoidAsync("localStorage.setItem", "jwt", result.Token);
        // ruleid: aspnetcore-blazor-token-in-browser-storage
        await _js.InvokeAsync<object>("sessionStorage.setItem", "access_token", result.AccessToken);
        // ok: aspnetcore-blazor-token-in-browser-storage
        await _localStorage.SetItemAsync("theme", "dark");
        // ok: aspnetcore-blazor-token-in-browser-storage
        await _js.InvokeVoidAsync("localStorage.setItem", "lang", model.Culture);
        // ok: aspnetcore-blazor-token-in-browser-storage
        await _protected.SetAsync("authToken", result.Token);
        // ok: aspnetcore-blazor-token-in-browser-storage
        await _js.InvokeVoidAsync("console.log", "token refreshed", result.Expires);
    }

    public async Task SetWebAuthnEnabledAsync(bool enabled, string credentialId, string salt)
    {
        // ok: aspnetcore-blazor-token-in-browser-storage
        await localStorage.SetItemAsStringAsync(StorageKeys.WebAuthnEnabled, enabled.ToString());
        // ok: aspnetcore-blazor-token-in-browser-storage
        await localStorage.SetItemAsStringAsync(StorageKeys.WebAuthnCredentialId, credentialId);
        // ok: aspnetcore-blazor-token-in-browser-storage
        await localStorage.SetItemAsStringAsync(StorageKeys.WebAuthnSalt, salt);
        // ruleid: aspnetcore-blazor-token-in-browser-storage
        await localStorage.SetItemAsStringAsync(StorageKeys.AccessToken, credentialId);
    }
}
