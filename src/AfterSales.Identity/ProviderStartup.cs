using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace AfterSales.Identity;

/// <summary>On start (after the schema is migrated: <see cref="IdentityProviderSetup.MigrateUserStoreAsync"/>): the configured integrators and apps registered.</summary>
internal sealed class ProviderStartup(IServiceScopeFactory scopes, IOptions<ProviderOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var applications = scope.ServiceProvider.GetRequiredService<IOpenIddictApplicationManager>();
        foreach (var (clientId, client) in options.Value.Clients)
        {
            await RegisterAsync(applications, new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientSecret = client.Secret,
                ClientType = ClientTypes.Confidential,
                DisplayName = string.IsNullOrWhiteSpace(client.DisplayName) ? clientId : client.DisplayName,
                Permissions = { Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials },
            }, cancellationToken);
        }

        foreach (var (clientId, app) in options.Value.Apps)
        {
            var descriptor = new OpenIddictApplicationDescriptor
            {
                ClientId = clientId,
                ClientType = ClientTypes.Public,
                // OpenIddict leaves the port out of the comparison of loopback redirect URIs for native applications only.
                ApplicationType = app.AnyLoopbackPort ? ApplicationTypes.Native : ApplicationTypes.Web,
                DisplayName = string.IsNullOrWhiteSpace(app.DisplayName) ? clientId : app.DisplayName,
                Permissions =
                {
                    Permissions.Endpoints.Authorization,
                    Permissions.Endpoints.Token,
                    Permissions.GrantTypes.AuthorizationCode,
                    Permissions.GrantTypes.RefreshToken,
                    Permissions.ResponseTypes.Code,
                    Permissions.Prefixes.Scope + Scopes.Profile,
                    Permissions.Prefixes.Scope + Scopes.Roles,
                    Permissions.Prefixes.Scope + Scopes.OfflineAccess,
                },
                Requirements = { Requirements.Features.ProofKeyForCodeExchange },
            };
            foreach (var redirect in app.RedirectUris)
            {
                descriptor.RedirectUris.Add(new Uri(redirect, UriKind.Absolute));
            }

            await RegisterAsync(applications, descriptor, cancellationToken);
        }
    }

    private static async Task RegisterAsync(IOpenIddictApplicationManager applications, OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
