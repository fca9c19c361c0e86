using System.Net.Http.Headers;
using System.Net.Http.Json;
using Blazored.LocalStorage;
using Microsoft.JSInterop;

namespace Acme.Storefront.Client.Auth;

public sealed record LoginResponse(string AccessToken, string RefreshToken, int ExpiresIn);

public sealed class StorefrontAuthService
{
    private const string TokenKey = "authToken";

    private readonly HttpClient _http;
    private readonly ILocalStorageService _localStorage;
    private readonly IJSRuntime _js;

    public StorefrontAuthService(HttpClient http, ILocalStorageService localStorage, IJSRuntime js)
    {
        _http = http;
        _localStorage = localStorage;
        _js = js;
    }

    public async Task<bool> LoginAsync(string email, string password)
    {
        var response = await _http.PostAsJsonAsync("api/auth/token", new { email, password });
        if (!response.IsSuccessStatusCode)
        {
            return false;
        }

        var login = await response.Content.ReadFromJsonAsync<LoginResponse>();
        // expect: jwt-in-browser-storage
        await _localStorage.SetItemAsync(TokenKey, login!.AccessToken);
        // expect: jwt-in-browser-storage
        await _js.InvokeVoidAsync("sessionStorage.setItem", "refresh_token", login.RefreshToken);
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", login.AccessToken);
        return true;
    }

    public async Task SetThemeAsync(string theme)
    {
        // safe: jwt-in-browser-storage
        await _localStorage.SetItemAsStringAsync("preferredTheme", theme);
    }

    public async Task LogoutAsync()
    {
        await _localStorage.RemoveItemAsync(TokenKey);
        await _js.InvokeVoidAsync("sessionStorage.removeItem", "refresh_token");
        _http.DefaultRequestHeaders.Authorization = null;
    }
}

/// <summary>Checkout widget: keeps the short-lived token in memory for the lifetime of the page.</summary>
public sealed class CheckoutTokenHolder
{
    private readonly IJSRuntime _js;
    private string? _accessToken;

    public CheckoutTokenHolder(IJSRuntime js) => _js = js;

    public void Accept(LoginResponse login)
    {
        // safe: jwt-in-browser-storage
        _accessToken = login.AccessToken;
    }

    public async Task PersistForEmbedAsync(LoginResponse login)
    {
        // expect: jwt-in-browser-storage
        await _js.InvokeVoidAsync("localStorage.setItem", "checkout_jwt", login.AccessToken);
    }

    public string? BearerValue => _accessToken is null ? null : $"Bearer {_accessToken}";
}
