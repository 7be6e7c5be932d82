using Xunit.Abstractions;

namespace RoleMapper.Web.Tests.TwoNodes;

/// <summary>
/// Two real web app processes on one PostgreSQL database (issue 14, "Several nodes on one database"): a person signed in
/// on one is signed in on the other, both nodes' nightly timers fire and exactly one imports, and the other node's index
/// and /healthz follow the import within its refresh interval.
/// </summary>
[Collection(TwoNodeCollection.Name)]
public sealed class TwoNodesOneDatabaseTests(NightlyImportOnTwoNodesFixture nodes, ITestOutputHelper output)
    : IClassFixture<NightlyImportOnTwoNodesFixture>
{
    private TwoNodeDeployment Deployment => nodes.Deployment;

    [Fact]
    public async Task SignIn_OnNodeA_IsSignedInOnNodeB_AndAFormFromAIsAcceptedByB()
    {
        var (onA, onB) = Deployment.Browser();
        var council = Deployment.Database.Services.GetRequiredService<LocalAuthorityList>().All[0];

        // Registering signs the new admin in, on node A.
        var dashboardOnA = await onA.RegisterAsync(council.OnsCode, A.UniqueEmail("registrar"));
        var dashboardOnB = await onB.GetPageAsync("/council");
        // A form served by node A, posted to node B: B must read A's antiforgery token (and cookie) with the shared keys.
        var form = await onA.GetPageAsync("/council/roles/new");
        using var posted = await onB.SubmitAsync(form, "main form", ("Input.Title", "Refuse Loader/Driver"));

        Assert.Equal(("/council", council.Name), (dashboardOnA.Path, dashboardOnA.One("[data-testid=council-name]")?.TextContent));
        Assert.Equal((HttpStatusCode.OK, council.Name), (dashboardOnB.Status, dashboardOnB.One("[data-testid=council-name]")?.TextContent));
        Assert.True(posted.StatusCode == HttpStatusCode.Redirect, $"Node B answered {(int)posted.StatusCode}: {await posted.Content.ReadAsStringAsync()}");
        await using var db = Deployment.Database.NewContext();
        var organisation = await db.Organisations.SingleAsync(o => o.OnsCode == council.OnsCode);
        Assert.True(await db.JobRoles.IgnoreQueryFilters().AnyAsync(r => r.OrganisationId == organisation.Id && r.Title == "Refuse Loader/Driver"));
        // The nodes started together on a database with no key, and made one between them, not one each.
        Assert.Single(await db.DataProtectionKeys.ToListAsync());
    }

    [Fact]
    public async Task NightlyImport_BothTimersFire_ExactlyOneNodeImportsAndTheOtherLogsThatItSkipped()
    {
        await using var db = Deployment.Database.NewContext();
        var runs = await db.ImportRuns.Where(r => r.Source == nodes.Feed.FeedUrl.ToString()).ToListAsync();

        var run = Assert.Single(runs);
        Assert.Equal((ImportOutcome.Succeeded, 16, 13, 4), (run.Outcome, run.Added, run.StatusChanges, run.Vanished));
        Assert.Equal(1, nodes.Feed.Requests);
        Assert.Contains(TwoNodeDeployment.SkippedLine, nodes.Skipper.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(TwoNodeDeployment.SkippedLine, nodes.Importer.Output, StringComparison.Ordinal);
        Assert.Contains("Importing at start (Import:RunAtStart=true)", nodes.Skipper.Output, StringComparison.Ordinal);
        Assert.Equal(2, await db.ImportRuns.CountAsync());
    }

    [Fact]
    public async Task NightlyImport_TheOtherNodesIndexAndHealthzShowTheNewFeedWithinItsRefreshInterval()
    {
        await using var db = Deployment.Database.NewContext();
        var run = await db.ImportRuns.SingleAsync(r => r.Source == nodes.Feed.FeedUrl.ToString());

        await TwoNodeDeployment.IndexShowsAsync(nodes.Skipper, run.Id);
        var skipper = await nodes.Skipper.HealthAsync();
        var importer = await nodes.Importer.HealthAsync();

        output.WriteLine($"Node {nodes.Skipper.Name}'s index showed the import {nodes.SkipperCaughtUpAfter.TotalSeconds:0.0} s after node " +
            $"{nodes.Importer.Name} logged it (Search:RefreshInterval {TwoNodeDeployment.RefreshInterval.TotalSeconds} s)");
        Assert.Equal(nodes.SeedRun.Id, nodes.SkipperIndexBeforeImport);
        Assert.Equal(HttpStatusCode.OK, skipper.Status);
        Assert.Equal(run.FeedDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            skipper.Body.GetProperty("checks").GetProperty("import").GetProperty("data").GetProperty("feedDate").GetString());
        Assert.Equal(run.Id, TwoNodeDeployment.BuiltFrom(importer));
        Assert.Equal(
            importer.Body.GetProperty("checks").GetProperty("index").GetProperty("data").GetProperty("standards").GetInt32(),
            skipper.Body.GetProperty("checks").GetProperty("index").GetProperty("data").GetProperty("standards").GetInt32());
    }
}
