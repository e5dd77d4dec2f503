using System.Security.Cryptography;

namespace AfterSales.Application.Users;

/// <summary>
/// Passwords an administrator hands to a person once: random (87 bits), in three groups that read aloud, and
/// with the upper- and lower-case letters, digit and symbol the provider's password rules ask for.
/// </summary>
public static class TemporaryPasswords
{
    // Without 0/O, 1/l/I, which are misread when a password is read out or copied from a screen.
    private const string Characters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private const int GroupLength = 5;

    public static string New()
    {
        while (true)
        {
            var groups = Enumerable.Range(0, 3).Select(_ => RandomNumberGenerator.GetString(Characters, GroupLength));
            var password = string.Join('-', groups);
            if (password.Any(char.IsUpper) && password.Any(char.IsLower) && password.Any(char.IsDigit))
            {
                return password;
            }
        }
    }
}
