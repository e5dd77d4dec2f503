using System.Security.Claims;
using AfterSales.Api.Http;
using AfterSales.Application.Security;
using AfterSales.Domain.Common;
using AfterSales.Identity.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Api.Auth;

public sealed record DevTokenRequest(string? UserName, IReadOnlyList<string>? Roles, Guid? TechnicianId);

public sealed record DevTokenResponse(string AccessToken, DateTimeOffset ExpiresAt);

/// <summary>
/// Issues a token for any name and roles, for local use and tests. Mapped only when
/// Auth:DevTokens:Enabled is true, so elsewhere the route does not exist at all (404).
/// </summary>
internal static class DevTokenEndpoint
{
    public static void MapDevTokens(this RouteGroupBuilder api, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>($"{DevTokenOptions.Section}:Enabled"))
        {
            return;
        }

        api.MapPost("/auth/dev-token", Issue)
            .AllowAnonymous()
            .WithTags("Auth")
            .WithName("IssueDevToken")
            .WithSummary("Issue a development access token (only where Auth:DevTokens:Enabled); its user is found or created and linked to the technician named")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Results<Ok<DevTokenResponse>, ValidationProblem>> Issue(
        DevTokenRequest request,
        IOptions<JwtOptions> jwt,
        IOptions<DevTokenOptions> devTokens,
        IServiceProvider services,
        HttpResponse response,
        CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.UserName) || request.UserName.Length > 100)
        {
            errors["userName"] = ["A user name of 1 to 100 characters is required."];
        }

        var roles = request.Roles ?? [];
        if (roles.Count == 0 || roles.Any(role => !Roles.All.Contains(role)))
        {
            errors["roles"] = [$"One or more of: {string.Join(", ", Roles.All)}."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        // "Own" comes from the user record (X-5): the dev user is linked to the technician named, once.
        if (services.GetService<DevUsers>() is { } devUsers && await devUsers.FindOrCreateAsync(request.UserName!, [.. roles.Distinct()], request.TechnicianId, cancellationToken) is null)
        {
            throw new BusinessRuleViolationException("X-5", $"{request.UserName} or technician {request.TechnicianId} is already linked to another technician or user");
        }

        var claims = new List<Claim> { new(AccessClaims.Subject, request.UserName!) };
        claims.AddRange(roles.Distinct().Select(role => new Claim(AccessClaims.Role, role)));
        if (request.TechnicianId is { } technicianId)
        {
            claims.Add(new Claim(AccessClaims.TechnicianId, technicianId.ToString()));
        }

        // Real time, not the injectable business clock: the bearer handler checks lifetimes against real time.
        var now = DateTimeOffset.UtcNow;
        var expiresAt = now.AddMinutes(devTokens.Value.LifetimeMinutes);
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Value.Issuer,
            Audience = jwt.Value.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            SigningCredentials = new SigningCredentials(AuthenticationSetup.SigningKey(jwt.Value), SecurityAlgorithms.HmacSha256),
        });
        SecretAnswer.Prepare(response);
        return TypedResults.Ok(new DevTokenResponse(token, expiresAt));
    }
}
