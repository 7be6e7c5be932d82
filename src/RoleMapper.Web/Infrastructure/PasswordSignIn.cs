using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using RoleMapper.Core.Accounts;

namespace RoleMapper.Web.Infrastructure;

/// <summary>
/// Signing in with an email address and a password, doing the same work whatever the address: exactly one password
/// hash is checked for a real account, a locked one and an address nobody uses (against a hash of a random password
/// made once by the same hasher, so it costs the same), and all three fail alike. Neither the time taken nor the
/// message tells an attacker whether an address has an account or is locked. The remaining difference is the write that
/// counts a real account's wrong password, a few milliseconds beside the hash.
/// </summary>
public sealed class PasswordSignIn(UserManager<CouncilUser> users, SignInManager<CouncilUser> signIn, IPasswordHasher<CouncilUser> hasher)
{
    private static readonly CouncilUser Nobody = new() { UserName = "nobody", Email = "nobody@invalid" };
    private readonly Lazy<string> nobodysHash = new(() => hasher.HashPassword(Nobody, Convert.ToBase64String(RandomNumberGenerator.GetBytes(24))));

    /// <summary>The signed-in user (the session cookie is set), or null for a wrong address, password or a locked account.</summary>
    public async Task<CouncilUser?> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            // Identity checks no password for these; check one anyway, so they take as long as a real attempt.
            hasher.VerifyHashedPassword(Nobody, nobodysHash.Value, password);
            return null;
        }
        var result = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return null;
        }
        await signIn.SignInAsync(user, isPersistent: false);
        return user;
    }
}
