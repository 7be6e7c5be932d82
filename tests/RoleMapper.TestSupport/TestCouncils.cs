using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;

namespace RoleMapper.TestSupport;

/// <summary>Councils on a <see cref="TestDatabase"/>, and contexts acting for one, as the CLI's <c>--org</c> does.</summary>
public static class TestCouncils
{
    /// <summary>Registers a council (a unique name unless given) and returns its id.</summary>
    public static async Task<int> CouncilAsync(this TestDatabase database, string? name = null)
    {
        name ??= "Council " + Guid.NewGuid().ToString("N")[..8];
        await using var db = database.NewContext();
        var council = new Organisation { Name = name, NormalizedName = Organisation.Normalize(name), Type = OrganisationType.Unitary, Region = EnglishRegion.NorthWest };
        db.Organisations.Add(council);
        await db.SaveChangesAsync();
        return council.Id;
    }

    public static RoleMapperDbContext ContextFor(this TestDatabase database, int councilId)
    {
        var db = database.NewContext();
        db.ScopeToOrganisation(councilId);
        return db;
    }
}
