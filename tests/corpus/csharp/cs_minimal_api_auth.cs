// Program.cs of the Notes service (minimal APIs, JWT in a cookie)
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);
var signingKey = new SymmetricSecurityKey(Convert.FromBase64String(builder.Configuration["Notes:JwtKey"]!));

builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(o =>
    {
        o.TokenValidationParameters = new TokenValidationParameters
        {
            IssuerSigningKey = signingKey,
            ValidIssuer = "notes",
            ValidAudience = "notes",
            // safe: jwt-claims-not-validated
            ClockSkew = TimeSpan.FromMinutes(1),
        };
        o.Events = new JwtBearerEvents
        {
            OnMessageReceived = ctx =>
            {
                ctx.Token = ctx.Request.Cookies["notes_jwt"];
                return Task.CompletedTask;
            },
        };
    });
builder.Services.AddAuthorization();

// expect: session-insecure-store
builder.Services.AddDistributedMemoryCache();
builder.Services.AddSession();

var app = builder.Build();
app.UseSession();
app.UseAuthentication();
app.UseAuthorization();

app.MapPost("/api/login", async (LoginDto dto, HttpContext ctx, INotesUsers users) =>
{
    var user = await users.FindByCredentialsAsync(dto.Email, dto.Password);
    if (user is null) return Results.Unauthorized();

    var token = new JwtSecurityToken("notes", "notes",
        new[] { new Claim(JwtRegisteredClaimNames.Sub, user.Id.ToString()) },
        // expect: jwt-long-lived
        expires: DateTime.UtcNow.AddHours(1),
        signingCredentials: new SigningCredentials(signingKey, SecurityAlgorithms.HmacSha256));

    // expect: session-cookie-insecure
    ctx.Response.Cookies.Append("notes_jwt", new JwtSecurityTokenHandler().WriteToken(token), new CookieOptions
    {
        Secure = true,
        SameSite = SameSiteMode.Lax,
    });
    return Results.Ok();
});

app.MapPost("/api/login/session", async (LoginDto dto, HttpContext ctx, INotesUsers users) =>
{
    var user = await users.FindByCredentialsAsync(dto.Email, dto.Password);
    if (user is null) return Results.Unauthorized();
    // expect: session-fixation
    ctx.Session.SetString("NotesUserId", user.Id.ToString());
    return Results.Ok();
});

app.MapPost("/api/login/session-v2", async (LoginDto dto, HttpContext ctx, INotesUsers users) =>
{
    var user = await users.FindByCredentialsAsync(dto.Email, dto.Password);
    if (user is null) return Results.Unauthorized();
    ctx.Session.Clear();
    // safe: session-fixation
    ctx.Session.SetString("NotesUserId", user.Id.ToString());
    return Results.Ok();
});

// expect: jwt-no-revocation
app.MapPost("/api/logout", (HttpContext ctx) =>
{
    ctx.Response.Cookies.Delete("notes_jwt");
    return Results.NoContent();
});

// safe: jwt-no-revocation
app.MapPost("/api/logout/all", async (HttpContext ctx, INotesUsers users) =>
{
    await users.IncrementTokenVersionAsync(ctx.User.FindFirstValue(JwtRegisteredClaimNames.Sub)!);
    await users.RevokeRefreshTokensAsync(ctx.User.FindFirstValue(JwtRegisteredClaimNames.Sub)!);
    ctx.Response.Cookies.Delete("notes_jwt");
    return Results.NoContent();
});

app.MapPost("/api/preferences", (HttpContext ctx, string theme) =>
{
    // safe: session-cookie-insecure
    ctx.Response.Cookies.Append("notes_theme", theme);
    // safe: session-fixation
    ctx.Session.SetString("theme", theme);
    return Results.NoContent();
});

app.MapGet("/api/notes", (ClaimsPrincipal user) => Results.Ok()).RequireAuthorization();
app.Run();
