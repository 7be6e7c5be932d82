using Microsoft.AspNetCore.Identity;

namespace RoleMapper.Core.Accounts;

/// <summary>
/// Password and lockout rules, the same for the web app and the CLI. Length over composition rules, as the NCSC
/// advises: 12 characters or more, no forced digits or symbols. Five wrong passwords lock the account for 15 minutes.
/// </summary>
public static class AccountRules
{
    public const int MinimumPasswordLength = 12;
    public const int MaxFailedSignIns = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

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
