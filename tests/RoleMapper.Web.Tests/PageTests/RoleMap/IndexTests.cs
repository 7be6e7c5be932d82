namespace RoleMapper.Web.Tests.PageTests.RoleMap;

/// <summary>/role-map over the built-in sector role map (data/role-map) and the real snapshot, open to everyone.</summary>
[Collection(WebCollection.Name)]
public sealed class IndexTests(HostFixture host)
{
    [Fact]
    public async Task Get_NothingChosen_ListsEveryServiceAreaWithItsRoleCount()
    {
        var page = await host.NewClient().GetPageAsync("/role-map");

        Assert.Equal((HttpStatusCode.OK, "Sector role map"), (page.Status, page.H1));
        var areas = page.All("[data-testid=role-map-areas] li").ToList();
        Assert.True(areas.Count >= 40, $"{areas.Count} service areas");
        Assert.Contains(areas, a => a.StartsWith("Adult Social Care (", StringComparison.Ordinal));
        Assert.Equal("/role-map", page.One("nav.nav a[href='/role-map']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Get_AnArea_ShowsItsRolesWithTheirStandardsLinkedAndTheReason()
    {
        var page = await host.NewClient().GetPageAsync("/role-map?area=Housing");

        Assert.Equal("Sector role map: Housing - RoleMapper", page.Document.Title);
        var roles = page.Document.QuerySelectorAll("[data-testid=role-map-role]");
        Assert.NotEmpty(roles);
        var allocations = roles.Single(r => r.QuerySelector("h2")!.TextContent == "Allocations Officer");
        var links = allocations.QuerySelectorAll("ol a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.InRange(links.Count, 1, 3);
        Assert.All(links, l => Assert.Matches("^/standards/ST[0-9]{4}$", l));
        Assert.Contains("Checked against the feed of 22 August 2026.", WebPage.Normalize(allocations.TextContent));
        Assert.Matches(@"^\d+ roles?\.$", page.One("[data-testid=role-map-count]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Get_Search_FindsRolesByAlias_AndARoleNoStandardFitsSaysWhy()
    {
        var page = await host.NewClient().GetPageAsync("/role-map?q=BSL");

        // "BSL Interpreter" is an alias of the role; every role found holds the word.
        var roles = page.Document.QuerySelectorAll("[data-testid=role-map-role]").ToList();
        Assert.All(roles, r => Assert.Contains("BSL", r.TextContent, StringComparison.OrdinalIgnoreCase));
        var role = roles.Single(r => r.QuerySelector("h2")!.TextContent == "British Sign Language Interpreter");
        Assert.StartsWith("No standard fits.", WebPage.Normalize(role.QuerySelector("[data-testid=role-map-none]")!.TextContent));
    }

    [Fact]
    public async Task Get_AnUnknownAreaOrHostileText_SaysSoAndShowsItAsText()
    {
        var client = host.NewClient();
        var unknown = await client.GetPageAsync("/role-map?area=Moon+Base");
        var hostile = await client.GetPageAsync("/role-map?q=%3Cscript%3Ealert(1)%3C/script%3E");

        Assert.Equal(["Choose a service area from the list"], unknown.Errors);
        Assert.Equal(HttpStatusCode.OK, hostile.Status);
        Assert.Null(hostile.One("main script"));
        Assert.StartsWith("No roles of the map match.", hostile.One("[data-testid=role-map-count]")!.TextContent.Trim());
    }
}
