namespace RoleMapper.Core.Tests.Workspace;

/// <summary>Builders for workspace tests: roles saved for a council with sensible defaults, and decisions made through Core.</summary>
internal static class Workspaces
{
    public static readonly Decider Person = new("user-1", "hr.lead@council.example");

    /// <summary>A role written straight to the database, as test data; <paramref name="set"/> changes what matters to the test.</summary>
    public static async Task<JobRole> RoleAsync(this RoleMapperDbContext db, string title, Action<JobRole>? set = null)
    {
        var role = new JobRole { Title = title, Status = MappingStatus.Unmapped };
        set?.Invoke(role);
        db.JobRoles.Add(role);
        await db.SaveChangesAsync();
        return role;
    }

    public static Task<JobRole> LoadAsync(this RoleMapperDbContext db, int roleId) =>
        db.JobRoles.AsNoTracking().Include(r => r.Standards).SingleAsync(r => r.Id == roleId);

    /// <summary>A role confirmed to <paramref name="reference"/> (at its approved version now), with optional alternatives.</summary>
    public static async Task<JobRole> ConfirmedRoleAsync(this CouncilWorkspace workspace, string title, string reference, params string[] alternatives)
    {
        var role = await workspace.Db.RoleAsync(title);
        Assert.Equal(Decision.Done, await workspace.Mapping.ConfirmAsync(role.Id, reference, null, Person, default));
        foreach (var alternative in alternatives)
        {
            Assert.Equal(Decision.Done, await workspace.Mapping.AddAlternativeAsync(role.Id, alternative, null, Person, default));
        }
        return role;
    }
}
