using System.Text.Json;
using RoleMapper.Core.Jobs;
using Xunit.Abstractions;

namespace RoleMapper.Web.Tests.TwoNodes;

/// <summary>
/// A node killed outright (a lost machine) in the middle of the nightly import: its lease lapses after
/// Import:LeaseDuration, and the next import, here from the command line, marks its run interrupted and imports.
/// </summary>
[Collection(TwoNodeCollection.Name)]
public sealed class NodeKilledMidImportTests(ITestOutputHelper output)
{
    /// <summary>Short, so the lapse takes seconds; the holder renews every third of it while it lives.</summary>
    private static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(4);

    [Fact]
    public async Task NodeKilledMidImport_TheLeaseLapsesAndTheNextRunMarksTheStaleRunAndImports()
    {
        await using var feed = await FeedServer.StartAsync();
        // The nightly download is held open for as long as its node lives, so the kill surely lands mid-import; later
        // downloads get the new feed.
        var newFeed = FeedServer.Json(FeedFixtures.Bytes(FeedFixtures.Load(RepoPaths.SmallNewFeed)));
        feed.Answer(newFeed, FeedServer.Held(newFeed));
        await using var deployment = await TwoNodeDeployment.StartAsync(RepoPaths.SmallOldFeed, TwoNodeDeployment.Settings(new Dictionary<string, string>
        {
            ["Import__FeedUrl"] = feed.FeedUrl.ToString(),
            ["Import__RunAtStart"] = "true",
            ["Import__LeaseDuration"] = LeaseDuration.ToString("c", System.Globalization.CultureInfo.InvariantCulture),
        }));
        await feed.ReceivedAsync(1).WaitAsync(TwoNodeDeployment.Cap);
        var leases = deployment.Database.Services.GetRequiredService<JobLeaseStore>();
        var lease = await leases.FindAsync(ImportService.LeaseName, default);
        Assert.NotNull(lease);
        var importer = deployment.Holding(lease);
        var survivor = deployment.Nodes.Single(n => n != importer);
        // The other node's timer has fired and found the lease taken, so it will not import when the lease lapses.
        await survivor.WaitForLineAsync(TwoNodeDeployment.SkippedLine, TwoNodeDeployment.Cap);

        await importer.KillAsync();
        var stale = await ImportRunsAsync(deployment);
        // The lease lapses only once its holder has stopped renewing it for LeaseDuration; until then it is held.
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (await leases.FindAsync(ImportService.LeaseName, default) is not null)
        {
            Assert.True(waited.Elapsed < TwoNodeDeployment.Cap, "The dead node's import lease never lapsed.");
            await Task.Delay(LeaseDuration / 8);
        }
        output.WriteLine($"The lease lapsed {waited.Elapsed.TotalSeconds:0.0} s after the kill (Import:LeaseDuration {LeaseDuration.TotalSeconds} s)");
        await using var cli = deployment.CommandLine("import", "--from", feed.FeedUrl.ToString(), "--json");
        var exitCode = await cli.ExitAsync(TwoNodeDeployment.Cap);
        Assert.True(exitCode == 0, $"rolemapper import failed ({exitCode}): {cli.Output}");
        using var json = JsonDocument.Parse(cli.StandardOutput);
        var after = await ImportRunsAsync(deployment);
        await TwoNodeDeployment.IndexShowsAsync(survivor, after[^1].Id);

        Assert.Equal(ImportOutcome.Running, stale[^1].Outcome);
        Assert.Equal(3, after.Count);
        Assert.Equal(stale[^1].Id, after[1].Id);
        Assert.Equal(ImportOutcome.Failed, after[1].Outcome);
        Assert.StartsWith("Interrupted:", after[1].FailureReason);
        Assert.Equal(("Succeeded", 16), (json.RootElement.GetProperty("outcome").GetString(), json.RootElement.GetProperty("added").GetInt32()));
        Assert.Equal(ImportOutcome.Succeeded, after[2].Outcome);
        Assert.Equal(HttpStatusCode.OK, (await survivor.HealthAsync()).Status);
    }

    private static async Task<List<ImportRun>> ImportRunsAsync(TwoNodeDeployment deployment)
    {
        await using var db = deployment.Database.NewContext();
        return await db.ImportRuns.AsNoTracking().OrderBy(r => r.Id).ToListAsync();
    }
}
