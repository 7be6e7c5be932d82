namespace RoleMapper.Web.Tests.PageTests.Council.Roles;

/// <summary>Starting from the catalogue of common council roles.</summary>
public abstract class StarterTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : StarterTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : StarterTests(host);

    [Fact]
    public async Task Post_TwoServiceAreas_AddsTheirRoles_AndSkipsThemTheSecondTime()
    {
        var catalogue = StarterCatalogue.Load();
        var areas = catalogue.Select(r => r.ServiceArea!).Distinct().Take(2).ToList();
        var expected = catalogue.Count(r => areas.Contains(r.ServiceArea!));
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var first = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/roles/starter"), "main form",
            ("Areas", areas[0]), ("Areas", areas[1]));
        var second = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/roles/starter"), "main form",
            ("Areas", areas[0]));

        Assert.StartsWith($"{expected} roles were added", first.One("[data-testid=done]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("already saved, so skipped", second.One("[data-testid=done]")!.TextContent);
        await using var db = host.CouncilContext(council);
        Assert.Equal(expected, await db.JobRoles.CountAsync());
        Assert.True(await db.JobRoles.AnyAsync(r => r.SuggestedReference != null));
    }

    [Fact]
    public async Task Post_All_AddsTheWholeCatalogue()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/roles/starter"), "main form", ("Areas", "all"));

        await using var db = host.CouncilContext(council);
        Assert.Equal(StarterCatalogue.Load().Count, await db.JobRoles.CountAsync());
    }

    [Fact]
    public async Task Post_NothingChosen_AsksForAServiceArea()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/roles/starter"), "main form");

        Assert.Equal(["Select at least one service area, or all of them."], page.Errors);
    }
}
