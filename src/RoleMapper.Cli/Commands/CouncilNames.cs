using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;

namespace RoleMapper.Cli.Commands;

/// <summary>The council a command acts for, found by name as the web app compares names (case and spacing ignored).</summary>
internal static class CouncilNames
{
    public static Option<string> OrgOption() => new("--org")
    {
        Description = "The council's name, as registered",
        HelpName = "NAME",
        Required = true,
    };

    /// <summary>Scopes the context to the named council and returns its stored name, or writes why not and returns null.</summary>
    public static async Task<string?> ScopeAsync(RoleMapperDbContext db, string name, CancellationToken ct)
    {
        var normalized = Organisation.Normalize(name);
        var council = await db.Organisations.AsNoTracking().Where(o => o.NormalizedName == normalized)
            .Select(o => new { o.Id, o.Name }).FirstOrDefaultAsync(ct);
        if (council is null)
        {
            await Console.Error.WriteLineAsync($"No council called \"{name.Trim()}\" is registered. Create it with: rolemapper org create \"{name.Trim()}\" (a listed council) or with --unlisted --region REGION");
            return null;
        }
        db.ScopeToOrganisation(council.Id);
        return council.Name;
    }
}
