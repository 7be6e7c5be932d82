using RoleMapper.Core.Matching;

namespace RoleMapper.Web.Tests.PageTests.Council.Roles;

/// <summary>"Confirm all High-confidence suggestions": a count, a confirmation step, then every one confirmed.</summary>
public abstract class ConfirmHighTests(HostFixture host)
{
    [Collection(WebCollection.Name)] public sealed class OnSqlite(HostFixture host) : ConfirmHighTests(host);
    [Collection(PostgresWebCollection.Name)] public sealed class OnPostgres(PostgresWebHostFixture host) : ConfirmHighTests(host);

    /// <summary>Council titles; which are High-confidence is asked of the matcher at test time, not assumed.</summary>
    private static readonly string[] Titles =
        ["Software Developer", "Social Worker", "Team Leader", "Business Administrator", "Customer Service Practitioner", "Chartered Town Planner", "Zookeeper of Owls"];

    [Fact]
    public async Task Post_ConfirmsEveryHighConfidenceSuggestion_AndNothingElse()
    {
        var high = Titles.Where(t => host.Match(t).Best?.Confidence == Confidence.High).ToList();
        Assert.NotEmpty(high);
        var council = await host.CouncilAsync();
        await host.RolesAsync(council, Titles);
        var admin = await host.SignedInAsync(council.AdminEmail);

        var ask = await admin.GetPageAsync("/council/roles/confirm-high");
        var list = await admin.SubmitAndFollowAsync(ask, "main form");

        Assert.StartsWith($"{high.Count} role", ask.One("[data-testid=confirm-count]")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith($"{high.Count} High-confidence suggestion", list.One("[data-testid=done]")!.TextContent.Trim(), StringComparison.Ordinal);
        await using var db = host.CouncilContext(council);
        var confirmed = await db.JobRoles.Where(r => r.Status == MappingStatus.Confirmed).Select(r => r.Title).ToListAsync();
        Assert.Equal(high.Order(), confirmed.Order());
        Assert.Equal(high.Count, await db.RoleStandards.CountAsync(s => s.Kind == RoleStandardKind.Primary && s.DecidedByName == council.AdminEmail));
    }

    [Fact]
    public async Task Post_WithAServiceAreaFilter_ConfirmsOnlyThatArea()
    {
        var title = Titles.First(t => host.Match(t).Best?.Confidence == Confidence.High);
        var council = await host.CouncilAsync();
        await host.RolesAsync(council, new RoleDetails(title) { ServiceArea = "ICT" }, new RoleDetails(title) { ServiceArea = "Finance" });
        var admin = await host.SignedInAsync(council.AdminEmail);

        var ask = await admin.GetPageAsync("/council/roles/confirm-high?area=ICT");
        await admin.SubmitAndFollowAsync(ask, "main form");

        await using var db = host.CouncilContext(council);
        Assert.Equal(["ICT"], await db.JobRoles.Where(r => r.Status == MappingStatus.Confirmed).Select(r => r.ServiceArea!).ToListAsync());
    }

    [Fact]
    public async Task Get_Examples_NameTheSuggestedStandardWithTitleAndLevel()
    {
        var council = await host.CouncilAsync();
        await host.RolesAsync(council, "Software Developer");
        Assert.Equal(Confidence.High, host.Match("Software Developer").Best?.Confidence);
        var admin = await host.SignedInAsync(council.AdminEmail);

        var ask = await admin.GetPageAsync("/council/roles/confirm-high");

        Assert.Matches(@"^Software Developer: ST0116 Software developer \(level \d\)$", Assert.Single(ask.All("[data-testid=examples] li")));
    }
}
