using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.IdentityModel.Tokens.Jwt;
using Blazored.LocalStorage;
using Microsoft.AspNetCore.Components.Authorization;

namespace Shop.Client.Services;

public class AuthService : IAuthService
{
    private const string AuthTokenKey = "authToken";
    private readonly HttpClient _httpClient;
    private readonly AuthenticationStateProvider _authStateProvider;
    private readonly ILocalStorageService _localStorage;

    public AuthService(HttpClient httpClient, AuthenticationStateProvider authStateProvider, ILocalStorageService localStorage)
    {
        _httpClient = httpClient;
        _authStateProvider = authStateProvider;
        _localStorage = localStorage;
    }

    public async Task<LoginResult> Login(LoginModel loginModel)
    {
        var response = await _httpClient.PostAsJsonAsync("api/accounts/login", loginModel);
        var loginResult = await response.Content.ReadFromJsonAsync<LoginResult>();
        if (!response.IsSuccessStatusCode || loginResult is null)
            return loginResult ?? new LoginResult { Successful = false };

        // expect: jwt-in-browser-storage
        await _localStorage.SetItemAsync(AuthTokenKey, loginResult.Token);
        // expect: jwt-in-browser-storage
        await _localStorage.SetItemAsStringAsync("refreshToken", loginResult.RefreshToken);
        // safe: jwt-in-browser-storage
        await _localStorage.SetItemAsync("lastLoginEmail", loginModel.Email);
        // safe: jwt-in-browser-storage
        await _localStorage.SetItemAsync("preferredCurrency", "EUR");

        ((ApiAuthenticationStateProvider)_authStateProvider).MarkUserAsAuthenticated(loginModel.Email);
        _httpClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("bearer", loginResult.Token);
        return loginResult;
    }

    // expect: jwt-no-revocation
    public async Task Logout()
    {
        await _localStorage.RemoveItemAsync(AuthTokenKey);
        ((ApiAuthenticationStateProvider)_authStateProvider).MarkUserAsLoggedOut();
        _httpClient.DefaultRequestHeaders.Authorization = null;
    }
}

public class ApiAuthenticationStateProvider : AuthenticationStateProvider
{
    private readonly ILocalStorageService _localStorage;

    public ApiAuthenticationStateProvider(ILocalStorageService localStorage) => _localStorage = localStorage;

    public override async Task<AuthenticationState> GetAuthenticationStateAsync()
    {
        var savedToken = await _localStorage.GetItemAsync<string>("authToken");
        if (string.IsNullOrWhiteSpace(savedToken))
            return new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()));

        // safe: jwt-signature-not-verified
        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(savedToken);
        return new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity(jwt.Claims, "jwt")));
    }

    public void MarkUserAsAuthenticated(string email) =>
        NotifyAuthenticationStateChanged(Task.FromResult(new AuthenticationState(
            new ClaimsPrincipal(new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, email) }, "apiauth")))));

    public void MarkUserAsLoggedOut() =>
        NotifyAuthenticationStateChanged(Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))));
}
