using AfterSales.Api.Auth;
using AfterSales.Api.Http;
using AfterSales.Application.Common.Paging;
using AfterSales.Application.Security;
using AfterSales.Application.Users;
using AfterSales.Application.Users.Create;
using AfterSales.Application.Users.Get;
using AfterSales.Application.Users.List;
using AfterSales.Application.Users.Passwords;
using AfterSales.Application.Users.RoleAssignment;
using AfterSales.Application.Users.Status;
using AfterSales.Application.Users.Technicians;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AfterSales.Api.Endpoints;

internal static class UserEndpoints
{
    /// <summary>The built-in provider's users; with another provider (<c>Auth:Authority</c>) users are managed there, and these routes do not exist.</summary>
    public static void MapUsers(this RouteGroupBuilder api, IConfiguration configuration)
    {
        if (!string.IsNullOrWhiteSpace(configuration[$"{AuthOptions.Section}:Authority"]))
        {
            return;
        }

        var users = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Policies.UserAdministration);

        users.MapPost("/", async Task<Created<UserResponse>> (CreateUser command, ISender sender, CancellationToken cancellationToken) =>
            {
                var user = await sender.Send(command, cancellationToken);
                return TypedResults.Created($"/api/v1/users/{user.Id}", user);
            })
            .WithName(nameof(CreateUser)).WithSummary("Create the user a person signs in as, with their roles; they sign in once their password is reset (X-5)");
        users.MapGet("/{id:guid}", async Task<Ok<UserResponse>> (Guid id, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(new GetUser(id), cancellationToken)))
            .WithName(nameof(GetUser)).WithSummary("A user with their roles, linked technician and status");
        users.MapGet("/", async Task<Ok<PagedList<UserResponse>>> ([AsParameters] ListUsers query, ISender sender, CancellationToken cancellationToken) =>
                TypedResults.Ok(await sender.Send(query, cancellationToken)))
            .WithName(nameof(ListUsers)).WithSummary("Users by user name");

        users.MapPut("/{id:guid}/roles", (Guid id, SetUserRoles command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { UserId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .WithName(nameof(SetUserRoles)).WithSummary("Replace the user's roles; tokens carry them from the next sign-in or refresh");
        users.MapPost("/{id:guid}/link-technician", (Guid id, LinkUserToTechnician command, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(command with { UserId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .WithName(nameof(LinkUserToTechnician))
            .WithSummary("Link the user to the technician with this employee number: one technician per user, one user per technician, none departed (X-5)");
        users.MapPost("/{id:guid}/reset-password", (Guid id, IfMatch ifMatch, HttpResponse response, ISender sender, CancellationToken cancellationToken) =>
            {
                SecretAnswer.Prepare(response);
                return sender.Ok(new ResetUserPassword { UserId = id, ExpectedVersion = ifMatch.Version }, cancellationToken);
            })
            .WithMetadata(SecretAnswer.Instance).WithName(nameof(ResetUserPassword))
            .WithSummary("Give the user a temporary password, answered here once and never stored or logged; the lockout ends and their refresh tokens are revoked. "
                + "Idempotency-Key is not honoured: a repeated request gives a new password (X-5)");
        users.MapPost("/{id:guid}/disable", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new DisableUser { UserId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .WithName(nameof(DisableUser)).WithSummary("Disable the user: their refresh tokens are revoked and their next request is refused with 401 (X-5)");
        users.MapPost("/{id:guid}/enable", (Guid id, IfMatch ifMatch, ISender sender, CancellationToken cancellationToken) =>
                sender.Ok(new EnableUser { UserId = id, ExpectedVersion = ifMatch.Version }, cancellationToken))
            .WithName(nameof(EnableUser)).WithSummary("Let a disabled user sign in again, unless they are a technician who has departed (X-5)");
    }
}
