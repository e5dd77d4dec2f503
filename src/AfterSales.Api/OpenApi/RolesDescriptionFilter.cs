using AfterSales.Application.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace AfterSales.Api.OpenApi;

/// <summary>
/// Tells who may call each operation, worked out from the authorization policies the endpoint really carries
/// (every one must allow the caller, so the roles are their intersection): the description can never drift from Auth/Policies.cs.
/// </summary>
internal sealed class RolesDescriptionFilter(IOptions<AuthorizationOptions> authorization) : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var access = context.IsAnonymous() ? "Open to callers without a token." : $"Roles allowed: {string.Join(", ", AllowedRoles(context))}.";
        operation.Description = string.IsNullOrEmpty(operation.Description) ? access : $"{operation.Description}\n\n{access}";
    }

    private IEnumerable<string> AllowedRoles(OperationFilterContext context) =>
        context.ApiDescription.ActionDescriptor.EndpointMetadata
            .OfType<IAuthorizeData>()
            .Select(data => data.Policy is { } name ? authorization.Value.GetPolicy(name) : null)
            .SelectMany(policy => policy?.Requirements.OfType<RolesAuthorizationRequirement>() ?? [])
            .Aggregate<RolesAuthorizationRequirement, IEnumerable<string>>(Roles.All, (allowed, requirement) => allowed.Intersect(requirement.AllowedRoles));
}
