using System;
using System.IdentityModel.Tokens.Jwt;
using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;

// A private_key_jwt client assertion for the identity provider's token endpoint; it is no access token.
public class ClientAssertionService
{
    public string CreateClientAssertion(string clientId, string tokenEndpoint, SigningCredentials creds)
    {
        var handler = new JwtSecurityTokenHandler();
        // ok: identitymodel-long-lived-token
        var t = new JwtSecurityToken(clientId, tokenEndpoint, new[] { new Claim("sub", clientId) }, expires: DateTime.UtcNow + TimeSpan.FromDays(1), signingCredentials: creds);
        var form = new { client_assertion_type = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer", client_assertion = handler.WriteToken(t) };
        return form.client_assertion;
    }
}
