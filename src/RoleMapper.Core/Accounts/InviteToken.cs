using System.Security.Cryptography;
using System.Text;

namespace RoleMapper.Core.Accounts;

/// <summary>The secret in an invitation link: 256 random bits, URL-safe; the database keeps only its hash.</summary>
public static class InviteToken
{
    public static (string Token, string Hash) Create()
    {
        var token = Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        return (token, Hash(token));
    }

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) =>
        Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
