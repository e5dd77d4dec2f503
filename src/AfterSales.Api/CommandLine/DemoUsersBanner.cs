using AfterSales.Identity;
using AfterSales.Infrastructure.Seeding;

namespace AfterSales.Api.CommandLine;

/// <summary>
/// After <c>--seed-demo</c> created the demo users: who they are, their one password and where to sign in, written to
/// the console once (not to the log, which keeps no password). Nothing when the seeding created no users.
/// </summary>
internal static class DemoUsersBanner
{
    public static void Write(DemoSeeding seeding, string? urls, TextWriter output)
    {
        if (seeding.Password is not { } password)
        {
            return;
        }

        var site = (urls ?? "http://localhost:5000").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0].TrimEnd('/');
        output.WriteLine();
        output.WriteLine("Demo users (created now; the password is shown only this once):");
        foreach (var user in seeding.Users)
        {
            output.WriteLine($"  {user.UserName,-10} {user.Role,-11} {user.DisplayName}{(user.EmployeeNumber is { } number ? $" (technician {number})" : string.Empty)}");
        }

        output.WriteLine($"  password   {password}");
        output.WriteLine($"Sign in as one of them in the Swagger UI, {site}/swagger: Authorize, then under OAuth2 Authorize again, and the");
        output.WriteLine($"provider's sign-in page ({site}{IdentityProviderSetup.SignInPage}) opens; apps registered under Identity:Apps send people");
        output.WriteLine("there too (authorization code with PKCE). Where dev tokens are on, POST /api/v1/auth/dev-token with one of these user");
        output.WriteLine("names acts as that user, linked technician included.");
        output.WriteLine();
    }
}
