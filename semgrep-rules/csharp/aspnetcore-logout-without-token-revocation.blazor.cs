using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading.Tasks;
using Blazored.LocalStorage;
using Microsoft.AspNetCore.Components.Authorization;

public class AuthenticationManager
{
    private readonly HttpClient _httpClient;
    private readonly ILocalStorageService _localStorage;
    private readonly AuthenticationStateProvider _authenticationStateProvider;

    // ruleid: aspnetcore-logout-without-token-revocation
    public async Task<IResult> Logout()
    {
        await _localStorage.RemoveItemAsync(StorageConstants.Local.AuthToken);
        await _localStorage.RemoveItemAsync(StorageConstants.Local.RefreshToken);
        ((AppStateProvider)_authenticationStateProvider).MarkUserAsLoggedOut();
        _httpClient.DefaultRequestHeaders.Authorization = null;
        return await Result.SuccessAsync();
    }

    // ok: aspnetcore-logout-without-token-revocation
    public async Task LogoutAsync()
    {
        var refreshToken = await _localStorage.GetItemAsync<string>("refreshToken");
        await _httpClient.PostAsJsonAsync("api/identity/revoke", new { refreshToken });
        await _localStorage.RemoveItemAsync("authToken");
        await _localStorage.RemoveItemAsync("refreshToken");
    }

    // ok: aspnetcore-logout-without-token-revocation
    public async Task Logout(bool keepTheme)
    {
        await _localStorage.RemoveItemAsync("theme");
    }

    // ok: aspnetcore-logout-without-token-revocation
    public async Task ClearToken()
    {
        await _localStorage.RemoveItemAsync("authToken");
    }
}
