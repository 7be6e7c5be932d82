using System.Security.Cryptography;
using System.Text;

namespace RoleMapper.Core.Accounts;

/// <summary>
/// The secret in an invitation or password-reset link: 256 random bits as lower-case hex, so nothing on the way (lower-cased URLs, a mail
/// client's link rewriting) can change it. The database keeps only its hash.
/// </summary>
public static class InviteToken
{
    public static (string Token, string Hash) Create()
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token.Trim().ToLowerInvariant())));
}
