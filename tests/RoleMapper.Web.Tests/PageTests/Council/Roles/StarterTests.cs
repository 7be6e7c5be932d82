using RoleMapper.Core.RoleMap;

namespace RoleMapper.Web.Tests.PageTests.Council.Roles;

/// <summary>Starting from the sector role map (the app's built-in map, on the full 22 Aug 2026 feed).</summary>
public abstract class StarterTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : StarterTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : StarterTests(host);

    private Task<IReadOnlyList<MappedRole>> MapAsync() => host.Services.GetRequiredService<IRoleMapSource>().LoadAsync();

    [Fact]
    public async Task Get_ListsEveryServiceAreaOfTheMap_WithItsRoleCount()
    {
        var map = await MapAsync();
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var page = await admin.GetPageAsync("/council/roles/starter");

        var labels = page.All("[data-testid=starter-areas] label").ToList();
        Assert.Equal(map.Select(r => r.ServiceArea).Distinct().Count(), labels.Count);
        Assert.Contains($"Payroll ({map.Count(r => r.ServiceArea == "Payroll")} roles)", labels);
        Assert.NotNull(page.One("input[name=Areas][value=all]"));
    }

    [Fact]
    public async Task Post_TwoServiceAreas_AddsTheirRolesWithTheMapsStandardSuggested_AndSkipsThemTheSecondTime()
    {
        var map = await MapAsync();
        string[] areas = ["Payroll", "Elections and Electoral Services"];
        var chosen = map.Where(r => areas.Contains(r.ServiceArea)).ToDictionary(r => r.Title);
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        var first = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/roles/starter"), "main form",
            ("Areas", areas[0]), ("Areas", areas[1]));
        var second = await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/roles/starter"), "main form",
            ("Areas", areas[0]));

        Assert.StartsWith($"{chosen.Count} roles were added from the sector role map", first.One("[data-testid=done]")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains($"no standard fits {chosen.Values.Count(r => r.FitsNoStandard)} of them", first.One("[data-testid=done]")!.TextContent);
        Assert.Contains("already saved, so skipped", second.One("[data-testid=done]")!.TextContent);
        await using var db = host.CouncilContext(council);
        var saved = await db.JobRoles.AsNoTracking().ToListAsync();
        Assert.Equal(chosen.Count, saved.Count);
        Assert.DoesNotContain(saved, r => r.Status == MappingStatus.Confirmed);
        Assert.All(saved.Where(r => !chosen[r.Title].FitsNoStandard), r =>
        {
            Assert.Equal((MappingStatus.Suggested, chosen[r.Title].Standards[0]), (r.Status, r.SuggestedReference));
            Assert.StartsWith($"The sector role map maps '{r.Title}' to ", r.SuggestedReason, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Post_All_AddsTheWholeMap_ConfirmingNone()
    {
        var council = await host.CouncilAsync();
        var admin = await host.SignedInAsync(council.AdminEmail);

        await admin.SubmitAndFollowAsync(await admin.GetPageAsync("/council/roles/starter"), "main form", ("Areas", "all"));

        await using var db = host.CouncilContext(council);
        Assert.Equal((await MapAsync()).Count, await db.JobRoles.CountAsync());
        Assert.False(await db.JobRoles.AnyAsync(r => r.Status == MappingStatus.Confirmed));
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
