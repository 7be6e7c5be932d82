using RoleMapper.Core.Matching;

namespace RoleMapper.Web.Tests.PageTests.Council.Roles;

/// <summary>
/// Confirming High-confidence suggestions in bulk: the page lists every role it will confirm, with the standard's title,
/// each ticked; only the ticked ones that are High are confirmed.
/// </summary>
public abstract class ConfirmHighTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : ConfirmHighTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : ConfirmHighTests(host);

    /// <summary>Council titles; which are High-confidence is asked of the matcher at test time, not assumed.</summary>
    private static readonly string[] Titles =
        ["Software Developer", "Social Worker", "Team Leader", "Business Administrator", "Customer Service Practitioner", "Chartered Town Planner", "Zookeeper of Owls"];

    [Fact]
    public async Task Get_ListsEveryHighConfidenceRole_Ticked_WithTheStandardsTitleAndLevel()
    {
        var high = Titles.Where(t => host.Match(t).Best?.Confidence == Confidence.High).ToList();
        Assert.True(high.Count >= 2, string.Join(", ", high));
        var council = await host.CouncilAsync();
        await host.RolesAsync(council, Titles);
        var admin = await host.SignedInAsync(council.AdminEmail);

        var ask = await admin.GetPageAsync("/council/roles/confirm-high");

        Assert.Equal(high.Order(), ask.All("[data-testid=confirm-list] td[data-label='Job title'] a").Order());
        Assert.Equal(high.Count, ask.TickedRoles().Length);
        Assert.StartsWith($"Confirm {high.Count} selected", ask.One("[data-testid=confirm-selected]")!.TextContent.Trim(), StringComparison.Ordinal);
        var developer = ask.Document.QuerySelectorAll("[data-testid=confirm-list] tbody tr")
            .Single(r => r.QuerySelector("td[data-label='Job title']")!.TextContent.Trim() == "Software Developer");
        Assert.Matches(@"^Software developer ST0116 · Level \d$", WebPage.Normalize(developer.QuerySelector("[data-testid=standard]")!.TextContent));
        Assert.False(string.IsNullOrWhiteSpace(developer.QuerySelector("td[data-label='Why']")!.TextContent.Trim('–', ' ', '\n')));
    }

    [Fact]
    public async Task Get_SelectNone_ListsThemUnticked()
    {
        var council = await host.CouncilAsync();
        await host.RolesAsync(council, Titles);
        var admin = await host.SignedInAsync(council.AdminEmail);

        var none = await admin.GetPageAsync((await admin.GetPageAsync("/council/roles/confirm-high")).One("[data-testid=select-none]")!.GetAttribute("href")!);

        Assert.NotEmpty(none.All("[data-testid=confirm-list] tbody tr"));
        Assert.Empty(none.TickedRoles());
    }

    [Fact]
    public async Task Post_OneUnticked_ConfirmsTheOthers_AndLeavesItSuggested()
    {
        var high = Titles.Where(t => host.Match(t).Best?.Confidence == Confidence.High).ToList();
        var council = await host.CouncilAsync();
        var roles = await host.RolesAsync(council, Titles);
        var unticked = roles.First(r => r.Title == high[0]);
        var admin = await host.SignedInAsync(council.AdminEmail);

        var ask = await admin.GetPageAsync("/council/roles/confirm-high");
        var list = await admin.SubmitAndFollowAsync(ask, "main form", ask.TickedRoles(except: unticked.Id));

        Assert.StartsWith($"{high.Count - 1} High-confidence suggestion", list.One("[data-testid=done]")!.TextContent.Trim(), StringComparison.Ordinal);
        await using var db = host.CouncilContext(council);
        var confirmed = await db.JobRoles.Where(r => r.Status == MappingStatus.Confirmed).Select(r => r.Title).ToListAsync();
        Assert.Equal(high.Skip(1).Order(), confirmed.Order());
        Assert.Equal(MappingStatus.Suggested, (await db.JobRoles.SingleAsync(r => r.Id == unticked.Id)).Status);
        Assert.Equal(high.Count - 1, await db.RoleStandards.CountAsync(s => s.Kind == RoleStandardKind.Primary && s.DecidedByName == council.AdminEmail));
    }

    [Fact]
    public async Task Post_AnIdThatIsNotHigh_IsNotConfirmed()
    {
        var notHigh = Titles.First(t => host.Match(t).Best is { Confidence: not Confidence.High });
        var council = await host.CouncilAsync();
        var roles = await host.RolesAsync(council, Titles);
        var admin = await host.SignedInAsync(council.AdminEmail);

        var ask = await admin.GetPageAsync("/council/roles/confirm-high");
        await admin.SubmitAndFollowAsync(ask, "main form", [.. ask.TickedRoles(), Workspace.Ticked(roles.Single(r => r.Title == notHigh))]);

        await using var db = host.CouncilContext(council);
        Assert.Equal(MappingStatus.Suggested, await db.JobRoles.Where(r => r.Title == notHigh).Select(r => r.Status).SingleAsync());
    }

    [Fact]
    public async Task Post_WithAServiceAreaFilter_ConfirmsOnlyThatArea()
    {
        var title = Titles.First(t => host.Match(t).Best?.Confidence == Confidence.High);
        var council = await host.CouncilAsync();
        var roles = await host.RolesAsync(council, new RoleDetails(title) { ServiceArea = "ICT" }, new RoleDetails(title) { ServiceArea = "Finance" });
        var admin = await host.SignedInAsync(council.AdminEmail);

        var ask = await admin.GetPageAsync("/council/roles/confirm-high?area=ICT");
        // The Finance role's id posted too: the filter still holds.
        await admin.SubmitAndFollowAsync(ask, "main form", [.. ask.TickedRoles(), .. roles.Select(Workspace.Ticked)]);

        Assert.Single(ask.TickedRoles());
        await using var db = host.CouncilContext(council);
        Assert.Equal(["ICT"], await db.JobRoles.Where(r => r.Status == MappingStatus.Confirmed).Select(r => r.ServiceArea!).ToListAsync());
    }
}
