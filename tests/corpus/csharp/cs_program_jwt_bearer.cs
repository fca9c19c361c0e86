// Program.cs of the Orders API (minimal hosting model)
using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Orders.Api.Data;
using Orders.Api.Services;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddDbContext<OrdersDbContext>();
builder.Services.AddScoped<ITokenService, TokenService>();

const string FallbackSigningKey = "orders-api-dev-signing-key-2024!!";
var jwtSection = builder.Configuration.GetSection("Jwt");

builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.RequireHttpsMetadata = false;
        options.SaveToken = true;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuerSigningKey = true,
            // expect: jwt-weak-secret
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(jwtSection["Key"] ?? FallbackSigningKey)),
            // expect: jwt-claims-not-validated
            ValidateIssuer = false,
            // expect: jwt-claims-not-validated
            ValidateAudience = false,
            // safe: jwt-claims-not-validated
            ValidateLifetime = true,
            // expect: jwt-claims-not-validated
            ClockSkew = TimeSpan.FromHours(2),
        };
    })
    .AddJwtBearer("Partner", options =>
    {
        options.Authority = "https://login.partner.example.com";
        options.TokenValidationParameters = new()
        {
            ValidIssuer = "https://login.partner.example.com",
            ValidAudience = "orders-api",
            // expect: jwt-none-algorithm
            RequireSignedTokens = false,
            // expect: jwt-none-algorithm
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256, SecurityAlgorithms.RsaSha256 },
            // expect: jwt-claims-not-validated
            RequireExpirationTime = false,
        };
    })
    .AddJwtBearer("Internal", options =>
    {
        var signingKey = builder.Configuration["Internal:SigningKey"]
            ?? throw new InvalidOperationException("Internal:SigningKey is not configured");
        options.TokenValidationParameters = new TokenValidationParameters
        {
            // safe: jwt-weak-secret
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(signingKey)),
            // safe: jwt-none-algorithm
            ValidAlgorithms = new[] { SecurityAlgorithms.HmacSha256 },
            // safe: jwt-claims-not-validated
            ValidateIssuer = true,
            ValidIssuer = "https://internal.example.com",
            // safe: jwt-claims-not-validated
            ValidateAudience = true,
            ValidAudience = "orders-api",
            // safe: jwt-claims-not-validated
            ClockSkew = TimeSpan.FromSeconds(30),
            // safe: jwt-none-algorithm
            RequireSignedTokens = true,
        };
    });

builder.Services.AddAuthorization();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    // ops asked to be able to replay old tokens while debugging
    var bearer = app.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
    // expect: jwt-claims-not-validated
    bearer.TokenValidationParameters.ValidateLifetime = false;
}

app.UseHttpsRedirection();
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.Run();
