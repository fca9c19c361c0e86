// Login.razor.cs (code-behind of the login page, Blazor WebAssembly)
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.JSInterop;
using Blazored.SessionStorage;

namespace Portal.Client.Pages;

public partial class Login : ComponentBase
{
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private HttpClient Http { get; set; } = default!;
    [Inject] private NavigationManager Nav { get; set; } = default!;
    [Inject] private ISessionStorageService SessionStorage { get; set; } = default!;

    private readonly LoginForm _form = new();
    private string? _error;

    private async Task HandleValidSubmit()
    {
        var response = await Http.PostAsJsonAsync("connect/token", _form);
        if (!response.IsSuccessStatusCode)
        {
            _error = "Invalid credentials";
            return;
        }

        var tokens = await response.Content.ReadFromJsonAsync<TokenResponse>();
        // expect: jwt-in-browser-storage
        await JS.InvokeVoidAsync("localStorage.setItem", "access_token", tokens!.AccessToken);
        // expect: jwt-in-browser-storage
        await JS.InvokeVoidAsync("sessionStorage.setItem", "id_token", tokens.IdToken);
        // expect: jwt-in-browser-storage
        await SessionStorage.SetItemAsync("jwt", tokens.AccessToken);
        // safe: jwt-in-browser-storage
        await JS.InvokeVoidAsync("localStorage.setItem", "culture", _form.Culture);
        // safe: jwt-in-browser-storage
        await JS.InvokeVoidAsync("localStorage.setItem", "sidebarCollapsed", "true");

        Nav.NavigateTo("/");
    }

    private async Task RememberDevice(string deviceToken)
    {
        // expect: jwt-in-browser-storage
        await JS.InvokeAsync<object>("window.localStorage.setItem", "device", deviceToken);
    }
}

// Blazor Server variant: the token stays encrypted server-side
public partial class ServerLogin : ComponentBase
{
    [Inject] private ProtectedSessionStorage ProtectedSession { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    private async Task StoreAsync(TokenResponse tokens)
    {
        // safe: jwt-in-browser-storage
        await ProtectedSession.SetAsync("access_token", tokens.AccessToken);
        // safe: jwt-in-browser-storage
        await JS.InvokeVoidAsync("console.info", "token stored", tokens.ExpiresIn);
    }
}
