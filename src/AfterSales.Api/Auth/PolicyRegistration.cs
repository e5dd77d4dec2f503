using AfterSales.Application.Security;
using Microsoft.AspNetCore.Authorization;

namespace AfterSales.Api.Auth;

/// <summary>The application's access policies (<see cref="Policies"/>) as ASP.NET Core authorization policies.</summary>
internal static class PolicyRegistration
{
    public static AuthorizationBuilder AddAfterSalesPolicies(this AuthorizationBuilder builder)
    {
        foreach (var policy in Policies.All)
        {
            builder.AddPolicy(policy.Name, requirements => requirements.RequireRole(policy.Roles));
        }

        return builder;
    }

    /// <summary>Only callers in one of the policy's roles reach the endpoint.</summary>
    public static TBuilder RequireAuthorization<TBuilder>(this TBuilder builder, AccessPolicy policy)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(policy.Name);
}
