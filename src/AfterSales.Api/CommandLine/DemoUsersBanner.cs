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
        output.WriteLine($"Sign in as one of them on the sign-in page, {site}{IdentityProviderSetup.SignInPage}, where apps registered under");
        output.WriteLine($"Identity:Apps send people (authorization code with PKCE); in the Swagger UI, {site}/swagger, a dev token for one of");
        output.WriteLine("these user names (POST /api/v1/auth/dev-token) acts as that user, linked technician included.");
        output.WriteLine();
    }
}
