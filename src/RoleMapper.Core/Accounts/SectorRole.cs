using Microsoft.AspNetCore.Identity;

namespace RoleMapper.Core.Accounts;

/// <summary>
/// The LGA's sector-wide role. It is never granted by registration: only by the <c>Sector:AdminEmails</c> setting
/// (read at each request by the web app) or by <c>rolemapper users grant-sector EMAIL</c>, which calls <see cref="GrantAsync"/>.
/// </summary>
public static class SectorRole
{
    public const string Name = "Sector";
    /// <summary>Fixed so the role row can be seeded by a migration and looked up without a join on its name.</summary>
    public const string Id = "sector";

    public enum GrantResult
    {
        Granted,
        AlreadyGranted,
        NoSuchUser,
    }

    public static async Task<GrantResult> GrantAsync(UserManager<CouncilUser> users, string email)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return GrantResult.NoSuchUser;
        }
        if (await users.IsInRoleAsync(user, Name))
        {
            return GrantResult.AlreadyGranted;
        }
        var result = await users.AddToRoleAsync(user, Name);
        return result.Succeeded
            ? GrantResult.Granted
            : throw new InvalidOperationException(string.Join(' ', result.Errors.Select(e => e.Description)));
    }
}
