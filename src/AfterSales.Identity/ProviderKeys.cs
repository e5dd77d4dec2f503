using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace AfterSales.Identity;

/// <summary>
/// The provider's RSA keys: from configuration when given; otherwise generated once into the key directory and read
/// from it afterwards, so tokens survive a restart; with neither (tests), generated for the process's lifetime.
/// </summary>
internal static class ProviderKeys
{
    public static RsaSecurityKey? Signing(ProviderOptions options) => Load(options.SigningKey, options.KeyDirectory, "signing.pem");

    public static RsaSecurityKey? Encryption(ProviderOptions options) => Load(options.EncryptionKey, options.KeyDirectory, "encryption.pem");

    private static RsaSecurityKey? Load(string? pem, string? directory, string fileName)
    {
        if (!string.IsNullOrWhiteSpace(pem))
        {
            return FromPem(pem);
        }

        if (string.IsNullOrWhiteSpace(directory))
        {
            return null;
        }

        var path = Path.Combine(directory, fileName);
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(directory);
            using var rsa = RSA.Create(2048);
            File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return FromPem(File.ReadAllText(path));
    }

    private static RsaSecurityKey FromPem(string pem)
    {
        var rsa = RSA.Create();
        rsa.ImportFromPem(pem);

        // The key id lets a resource server pick the right key from the JWKS after a rotation.
        return new RsaSecurityKey(rsa) { KeyId = Base64UrlEncoder.Encode(SHA256.HashData(rsa.ExportRSAPublicKey()).AsSpan(0, 16).ToArray()) };
    }
}
