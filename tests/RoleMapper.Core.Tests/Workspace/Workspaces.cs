using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace;
using RoleMapper.TestSupport;

namespace RoleMapper.Core.Tests.Workspace;

/// <summary>Builders for workspace tests: a council, and roles saved for it with sensible defaults.</summary>
internal static class Workspaces
{
    public static readonly Decider Person = new("user-1", "hr.lead@council.example");

    public static async Task<int> CouncilAsync(this TestDatabase database, string? name = null)
    {
        name ??= "Council " + Guid.NewGuid().ToString("N")[..8];
        await using var db = database.NewContext();
        var council = new Organisation { Name = name, NormalizedName = Organisation.Normalize(name), Type = OrganisationType.Unitary, Region = EnglishRegion.NorthWest };
        db.Organisations.Add(council);
        await db.SaveChangesAsync();
        return council.Id;
    }

    /// <summary>A context acting for one council, as the CLI's --org does.</summary>
    public static RoleMapperDbContext ContextFor(this TestDatabase database, int councilId)
    {
        var db = database.NewContext();
        db.ScopeToOrganisation(councilId);
        return db;
    }

    public static async Task<JobRole> RoleAsync(this RoleMapperDbContext db, string title, Action<JobRole>? set = null)
    {
        var role = new JobRole { Title = title, Status = MappingStatus.Unmapped };
        set?.Invoke(role);
        db.JobRoles.Add(role);
        await db.SaveChangesAsync();
        return role;
    }

    public static Task<JobRole> LoadAsync(this RoleMapperDbContext db, int roleId) =>
        db.JobRoles.Include(r => r.Standards).SingleAsync(r => r.Id == roleId);

    public static RoleMapping Mapping(this RoleMapperDbContext db) => new(db, TimeProvider.System);

    /// <summary>A role confirmed to <paramref name="reference"/> (at its approved version now), with optional alternatives.</summary>
    public static async Task<JobRole> ConfirmedRoleAsync(this RoleMapperDbContext db, string title, string reference, params string[] alternatives)
    {
        var role = await db.RoleAsync(title);
        Assert.Null(await db.Mapping().ConfirmAsync(role, reference, null, SuggestionFacts.None, Person, default));
        foreach (var alternative in alternatives)
        {
            Assert.Null(await db.Mapping().AddAlternativeAsync(role, alternative, SuggestionFacts.None, Person, default));
        }
        return role;
    }
}
