using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Threading.Tasks;
using Blazored.LocalStorage;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.JSInterop;

namespace Tailspin.Travel.Client.Auth
{
    public record LoginResult(string AccessToken, string RefreshToken, string DisplayName);

    /// <summary>
    /// Authentication state for the Blazor WebAssembly booking client.
    /// </summary>
    public class ApiAuthenticationStateProvider : AuthenticationStateProvider
    {
        private const string AccessTokenKey = "authToken";

        private readonly HttpClient _http;
        private readonly ILocalStorageService _localStorage;
        private readonly IJSRuntime _js;
        private string? _accessToken;

        public ApiAuthenticationStateProvider(HttpClient http, ILocalStorageService localStorage, IJSRuntime js)
        {
            _http = http;
            _localStorage = localStorage;
            _js = js;
        }

        public override Task<AuthenticationState> GetAuthenticationStateAsync()
        {
            var identity = _accessToken == null
                ? new ClaimsIdentity()
                : new ClaimsIdentity(new[] { new Claim(ClaimTypes.Name, "user") }, "jwt");
            return Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity)));
        }

        public async Task<bool> LoginAsync(string email, string password, bool rememberMe)
        {
            var response = await _http.PostAsJsonAsync("api/account/token", new { email, password });
            if (!response.IsSuccessStatusCode)
            {
                return false;
            }
            var result = await response.Content.ReadFromJsonAsync<LoginResult>();
            if (result == null)
            {
                return false;
            }

            if (rememberMe)
            {
                // expect: jwt-in-browser-storage
                await _localStorage.SetItemAsync(AccessTokenKey, result.AccessToken);
                // expect: jwt-in-browser-storage
                await _localStorage.SetItemAsStringAsync("refreshToken", result.RefreshToken);
            }
            else
            {
                // expect: jwt-in-browser-storage
                await _js.InvokeVoidAsync("sessionStorage.setItem", "authToken", result.AccessToken);
            }

            // safe: jwt-in-browser-storage
            await _localStorage.SetItemAsStringAsync("displayName", result.DisplayName);

            // safe: jwt-in-browser-storage
            _accessToken = result.AccessToken;
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _accessToken);
            NotifyAuthenticationStateChanged(GetAuthenticationStateAsync());
            return true;
        }

        public async Task SetPreferencesAsync(string culture, string theme)
        {
            // safe: jwt-in-browser-storage
            await _js.InvokeVoidAsync("localStorage.setItem", "culture", culture);
            // safe: jwt-in-browser-storage
            await _localStorage.SetItemAsync("theme", theme);
        }

        public async Task LogoutAsync()
        {
            await _localStorage.RemoveItemAsync(AccessTokenKey);
            await _localStorage.RemoveItemAsync("refreshToken");
            _accessToken = null;
            _http.DefaultRequestHeaders.Authorization = null;
            NotifyAuthenticationStateChanged(GetAuthenticationStateAsync());
        }
    }
}
