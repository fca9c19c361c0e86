using Blazored.LocalStorage;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.JSInterop;

namespace Crm.Client.Auth;

public interface ITokenStore
{
    Task SaveAsync(TokenPair tokens);
    Task<string?> GetAccessTokenAsync();
}

// WebAssembly: tokens persisted in Web Storage
public sealed class BrowserTokenStore : ITokenStore
{
    private const string AccessKey = "crm.accessToken";
    private const string RefreshKey = "crm.refreshToken";
    private readonly ILocalStorageService _storage;
    private readonly IJSRuntime _jsRuntime;

    public BrowserTokenStore(ILocalStorageService storage, IJSRuntime jsRuntime)
    {
        _storage = storage;
        _jsRuntime = jsRuntime;
    }

    public async Task SaveAsync(TokenPair tokens)
    {
        // expect: jwt-in-browser-storage
        await _storage.SetItemAsync(AccessKey, tokens.AccessToken);
        // expect: jwt-in-browser-storage
        await _storage.SetItemAsync<string>(RefreshKey, tokens.RefreshToken);
        // safe: jwt-in-browser-storage
        await _storage.SetItemAsync("crm.lastSync", DateTimeOffset.UtcNow);
    }

    public async Task SaveLegacyAsync(string bearer)
    {
        // expect: jwt-in-browser-storage
        await _jsRuntime.InvokeVoidAsync("sessionStorage.setItem", "bearer", bearer);
        // safe: jwt-in-browser-storage
        await _jsRuntime.InvokeVoidAsync("localStorage.setItem", "crm.gridPageSize", 50);
    }

    public Task<string?> GetAccessTokenAsync() => _storage.GetItemAsync<string>(AccessKey).AsTask();
}

// Server: tokens kept encrypted with Data Protection, or only in memory
public sealed class ProtectedTokenStore : ITokenStore
{
    private readonly ProtectedLocalStorage _protectedStorage;
    private TokenPair? _inMemory;

    public ProtectedTokenStore(ProtectedLocalStorage protectedStorage) => _protectedStorage = protectedStorage;

    public async Task SaveAsync(TokenPair tokens)
    {
        _inMemory = tokens;
        // safe: jwt-in-browser-storage
        await _protectedStorage.SetAsync("crm.accessToken", tokens.AccessToken);
    }

    public Task<string?> GetAccessTokenAsync() => Task.FromResult(_inMemory?.AccessToken);
}

public class ImpersonationPanel
{
    private readonly ILocalStorageService _localStorage;
    private readonly IJSRuntime _js;

    public ImpersonationPanel(ILocalStorageService localStorage, IJSRuntime js)
    {
        _localStorage = localStorage;
        _js = js;
    }

    public async Task StartAsync(ImpersonationResult result)
    {
        // expect: jwt-in-browser-storage
        await _localStorage.SetItemAsStringAsync("impersonation_jwt", result.Jwt);
        // expect: jwt-in-browser-storage
        await _js.InvokeVoidAsync("localStorage.setItem", "auth", result.Jwt);
        // safe: jwt-in-browser-storage
        await _localStorage.SetItemAsync("impersonatedUserName", result.DisplayName);
    }
}
