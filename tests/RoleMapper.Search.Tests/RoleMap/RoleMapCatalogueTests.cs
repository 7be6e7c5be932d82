using RoleMapper.Core.RoleMap;
using RoleMapper.Search.RoleMap;

namespace RoleMapper.Search.Tests.RoleMap;

/// <summary>The role map as /role-map browses it, over the small test map and the real snapshot's standards.</summary>
[Collection(SnapshotCollection.Name)]
public sealed class RoleMapCatalogueTests(SnapshotIndex snapshot)
{
    private async Task<RoleMapView> BrowseAsync(string? area, string? text)
    {
        await using var db = snapshot.Database.NewContext();
        return await new RoleMapCatalogue(new RoleMapCsvSource(SnapshotIndex.SmallMapPath), db).BrowseAsync(area, text, default);
    }

    [Fact]
    public async Task Browse_NothingChosen_ListsTheServiceAreasWithTheirRoleCounts_AndNoRoles()
    {
        var map = await BrowseAsync(null, "  ");

        Assert.Equal(11, map.TotalRoles);
        Assert.Equal(11, map.Areas.Sum(a => a.Roles));
        Assert.Contains(new RoleMapArea("Housing", 2), map.Areas);
        Assert.Equal(map.Areas.Select(a => a.Name).Order(StringComparer.OrdinalIgnoreCase), map.Areas.Select(a => a.Name));
        Assert.Equal((false, 0), (map.Chosen, map.Roles.Count));
    }

    [Fact]
    public async Task Browse_AnArea_InAnyCase_GivesItsRolesWithTheirStandardsLabelledFromTheFeed()
    {
        var map = await BrowseAsync("housing ", null);

        Assert.Equal("Housing", map.Area);
        Assert.Equal(["Housing Assistant", "Housing Officer"], map.Roles.Select(r => r.Role.Title));
        var officer = map.Roles[1];
        Assert.Equal("ST0234", Assert.Single(officer.Standards).Reference);
        Assert.StartsWith("ST0234 Housing and property management", officer.Standards[0].Label);
    }

    [Theory]
    [InlineData("tenancy", "Housing Officer")]
    [InlineData("PEST controller", "Pest Control Officer")]
    [InlineData("ward councillor", "Councillor")]
    public async Task Browse_Search_FindsARoleByItsTitleOrAnAlias(string text, string title)
    {
        var map = await BrowseAsync(null, text);

        Assert.Equal(title, Assert.Single(map.Roles).Role.Title);
    }

    [Fact]
    public async Task Browse_ARoleNoStandardFits_SaysWhy()
    {
        var councillor = Assert.Single((await BrowseAsync("Democratic Services", "councillor")).Roles);

        Assert.True(councillor.Role.FitsNoStandard);
        Assert.Empty(councillor.Standards);
        Assert.Contains("elected representatives", councillor.Role.Reason);
    }

    [Fact]
    public async Task Browse_AnUnknownAreaOrNoMatch_ShowsNoRoles()
    {
        var unknown = await BrowseAsync("Moon Base", null);
        var nothing = await BrowseAsync(null, "astronaut");

        Assert.Equal((null, false), (unknown.Area, unknown.Chosen));
        Assert.Equal((true, 0, 0), (nothing.Chosen, nothing.Matched, nothing.Roles.Count));
    }
}
