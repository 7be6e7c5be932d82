using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.Data;
using RoleMapper.Core.Workspace;
using RoleMapper.TestSupport;

namespace RoleMapper.Core.Tests.Workspace;

/// <summary>Builders for workspace tests: roles saved for a council (<see cref="TestCouncils"/>) with sensible defaults.</summary>
internal static class Workspaces
{
    public static readonly Decider Person = new("user-1", "hr.lead@council.example");

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
