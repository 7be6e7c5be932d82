using RoleMapper.Core.Accounts;
using RoleMapper.Core.Data;

namespace RoleMapper.Core.Sector;

/// <summary>
/// The councils sector figures count: verified ones only. A council nobody has checked may be a false claim, and a
/// suspended one is; neither may move an average the LGA publishes. Every sector figure starts from here.
/// </summary>
public static class CountedCouncils
{
    public static IQueryable<Organisation> Of(RoleMapperDbContext db) => db.Organisations.Where(o => o.Status == OrganisationStatus.Verified);

    /// <summary>Their ids, for filtering council records in the database (an IN subquery, on every provider).</summary>
    public static IQueryable<int> Ids(RoleMapperDbContext db) => Of(db).Select(o => o.Id);
}
