using Microsoft.AspNetCore.Identity;

namespace RoleMapper.Core.Accounts;

/// <summary>
/// Password and lockout rules, the same for the web app and the CLI. Length over composition rules, as the NCSC
/// advises: 12 characters or more, no forced digits or symbols. Ten wrong passwords in a row pause the account for five
/// minutes (the NCSC's "ten attempts"): long enough to make guessing slow, short enough that someone who tries a known
/// address on purpose keeps its owner out only briefly. The lockout is kept in the database, so it holds across web
/// nodes; the web app also limits attempts per address and per IP address on each node (RequestLimits, docs/adr/0007).
/// </summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 12;
    public const int MaxFailedSignIns = 10;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(5);

    /// <summary>The longest email address an account may have: Identity's own column length.</summary>
    public const int MaxEmailLength = 256;

    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = MinimumPasswordLength;
        options.Password.RequiredUniqueChars = 4;
        options.Password.RequireDigit = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
        options.Lockout.DefaultLockoutTimeSpan = LockoutDuration;
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = true;
        // No email server: accounts are usable at once. Invitations prove the address belongs to the council's admin's choice.
        options.SignIn.RequireConfirmedAccount = false;
    }
}
