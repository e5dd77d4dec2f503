using AfterSales.Application.Abstractions;
using AfterSales.Application.Security;
using AfterSales.Application.Users;
using AfterSales.Domain.Common;
using AfterSales.Identity;
using AfterSales.Infrastructure.Persistence;

namespace AfterSales.Api.CommandLine;

/// <summary>
/// <c>dotnet AfterSales.Api.dll create-admin --user-name NAME [--display-name NAME] [--password-stdin]</c>: the first
/// Admin, who then creates everyone else through <c>/api/v1/users</c>. It runs against the database the API is configured
/// for, migrated first, and exits without starting the web server. The password is generated and printed once, or read
/// from the first line of standard input; either way it is kept only as the provider's hash.
/// </summary>
internal sealed record CreateAdminCommand(string UserName, string DisplayName, bool PasswordFromStandardInput)
{
    public const string Verb = "create-admin";

    private const string Usage = "usage: dotnet AfterSales.Api.dll create-admin --user-name NAME [--display-name NAME] [--password-stdin]";

    /// <summary>The command the arguments after the verb give, or null (with the reason written to <paramref name="error"/>).</summary>
    public static CreateAdminCommand? Parse(IReadOnlyList<string> options, TextWriter error)
    {
        string? userName = null, displayName = null;
        var passwordFromStandardInput = false;
        for (var i = 0; i < options.Count; i++)
        {
            switch (options[i])
            {
                case "--user-name" when i + 1 < options.Count:
                    userName = options[++i];
                    break;
                case "--display-name" when i + 1 < options.Count:
                    displayName = options[++i];
                    break;
                case "--password-stdin":
                    passwordFromStandardInput = true;
                    break;
                default:
                    error.WriteLine($"create-admin: unexpected '{options[i]}'.\n{Usage}");
                    return null;
            }
        }

        if (string.IsNullOrWhiteSpace(userName) || userName.Length > UserRules.MaxUserNameLength || !userName.All(UserRules.UserNameCharacters.Contains))
        {
            error.WriteLine($"create-admin: --user-name is required: up to {UserRules.MaxUserNameLength} letters, digits and - . _ @ +.\n{Usage}");
            return null;
        }

        return new CreateAdminCommand(userName, string.IsNullOrWhiteSpace(displayName) ? userName : displayName, passwordFromStandardInput);
    }

    /// <returns>The process's exit code: 0 created, 1 refused (the user exists, or the password is too weak).</returns>
    public async Task<int> RunAsync(IServiceProvider services, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var password = PasswordFromStandardInput ? (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r') : TemporaryPasswords.New();
        if (string.IsNullOrEmpty(password))
        {
            await error.WriteLineAsync("create-admin: --password-stdin found no password on standard input.");
            return 1;
        }

        await services.MigrateUserStoreAsync(cancellationToken);
        await DatabaseStartup.PrepareAsync(services, migrate: true, seedDemo: false, cancellationToken);
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IUserAccounts>();
        try
        {
            await scope.ServiceProvider.GetRequiredService<ITransactionRunner>().RunAsync(
                "CreateAdmin",
                async ct => await accounts.SetPasswordAsync(await accounts.CreateAsync(UserName, DisplayName, null, [Roles.Admin], ct), password, ct),
                cancellationToken);
        }
        catch (BusinessRuleViolationException)
        {
            await error.WriteLineAsync($"create-admin: a user named {UserName} exists already; nothing was changed. Another Admin can reset their password (POST /api/v1/users/{{id}}/reset-password).");
            return 1;
        }
        catch (InvalidInputException refused)
        {
            await error.WriteLineAsync($"create-admin: the password is refused: {refused.Message} Nothing was changed.");
            return 1;
        }

        await output.WriteLineAsync(PasswordFromStandardInput
            ? $"Created the Admin user {UserName} with the password from standard input."
            : $"Created the Admin user {UserName}. Temporary password, shown only this once: {password}");
        return 0;
    }
}
