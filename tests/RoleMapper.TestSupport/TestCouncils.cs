using RoleMapper.Core.Data;

namespace RoleMapper.TestSupport;

/// <summary>
/// Councils on a <see cref="TestDatabase"/> by id, and as many contexts acting for one as a test needs (as the CLI's
/// <c>--org</c> does); <see cref="Seed.NewCouncilContextAsync"/> when one context is enough.
/// </summary>
public static class TestCouncils
{
    /// <summary>Registers a council (a unique name unless given) and returns its id.</summary>
    public static async Task<int> CouncilAsync(this TestDatabase database, string? name = null)
    {
        await using var db = database.NewContext();
        return await db.AddCouncilAsync(name);
    }

    public static RoleMapperDbContext ContextFor(this TestDatabase database, int councilId)
    {
        var db = database.NewContext();
        db.ScopeToOrganisation(councilId);
        return db;
    }
}
