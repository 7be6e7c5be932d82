using System.Text.Json;
using Xunit.Abstractions;

namespace RoleMapper.Web.Tests.TwoNodes;

/// <summary>
/// `rolemapper import` from the command line, with the provider and database set by the environment, into the database
/// two nodes are serving from, while both serve pages in a loop.
/// </summary>
[Collection(TwoNodeCollection.Name)]
public sealed class CommandLineImportWhileServingTests(ITestOutputHelper output)
{
    private static readonly string[] RoleTitles = ["Refuse Loader/Driver", "Snr Planning Officer - Development Management", "Social Worker (ASYE)"];

    [Fact]
    public async Task CommandLineImport_WhileBothNodesServePages_NoPageFailsAndNothingIsLost()
    {
        // The nodes leave importing to the command line (as a deployment with one import machine would).
        await using var deployment = await TwoNodeDeployment.StartAsync(RepoPaths.FullOldFeed,
            TwoNodeDeployment.Settings(new Dictionary<string, string> { ["Import__ScheduleEnabled"] = "false" }));
        var (onA, onB) = deployment.Browser();
        var council = deployment.Database.Services.GetRequiredService<LocalAuthorityList>().All[0];
        await onA.RegisterAsync(council.OnsCode, A.UniqueEmail("registrar"));
        foreach (var title in RoleTitles)
        {
            using var saved = await onB.SubmitAsync(await onB.GetPageAsync("/council/roles/new"), "main form", ("Input.Title", title));
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        }
        var rolesBefore = await RolesAsync(deployment);

        var loops = new[] { new PageLoop(deployment.A, onA), new PageLoop(deployment.B, onB) };
        using var stop = new CancellationTokenSource();
        var running = loops.Select(l => Task.Run(() => l.RunAsync(stop.Token))).ToList();
        await Task.WhenAll(loops.Select(l => l.AnotherRoundAsync()));

        await using var cli = deployment.CommandLine("import", "--from", RepoPaths.FullNewFeed, "--json");
        var exitCode = await cli.ExitAsync(TwoNodeDeployment.Cap);
        Assert.True(exitCode == 0, $"rolemapper import failed ({exitCode}): {cli.Output}");
        using var json = JsonDocument.Parse(cli.StandardOutput);
        var run = json.RootElement;
        // Both nodes take up the new data while the loops go on, and serve at least one more whole round after that.
        var runId = await LatestRunIdAsync(deployment);
        foreach (var node in deployment.Nodes)
        {
            output.WriteLine($"Node {node.Name} showed the import after {(await TwoNodeDeployment.IndexShowsAsync(node, runId)).TotalSeconds:0.0} s");
        }
        await Task.WhenAll(loops.Select(l => l.AnotherRoundAsync()));
        await stop.CancelAsync();
        await Task.WhenAll(running);

        output.WriteLine($"Pages asked for: {string.Join(", ", loops.Select(l => l.Requests))}; import {run.GetProperty("seconds").GetDouble():0.0} s");
        Assert.Empty(loops.SelectMany(l => l.Failures));
        foreach (var node in deployment.Nodes)
        {
            Assert.False(node.Output.Contains("fail:", StringComparison.Ordinal), $"Node {node.Name} logged a failure:\n{node.Output}");
        }
        Assert.Equal("Succeeded", run.GetProperty("outcome").GetString());
        Assert.Equal((369, 13, 298, 713), (run.GetProperty("added").GetInt32(), run.GetProperty("vanished").GetInt32(),
            run.GetProperty("statusChanges").GetInt32(), run.GetProperty("approved").GetInt32()));
        Assert.Equal(rolesBefore, await RolesAsync(deployment));
        var rolesPage = await onA.GetPageAsync("/council/roles");
        Assert.All(RoleTitles, title => Assert.Contains(title, rolesPage.Text, StringComparison.Ordinal));
        await using var db = deployment.Database.NewContext();
        Assert.Equal(1594 + 369, await db.StandardVersions.CountAsync());
    }

    private static async Task<List<(int Id, string Title)>> RolesAsync(TwoNodeDeployment deployment)
    {
        await using var db = deployment.Database.NewContext();
        return (await db.JobRoles.IgnoreQueryFilters().OrderBy(r => r.Id).Select(r => new { r.Id, r.Title }).ToListAsync())
            .Select(r => (r.Id, r.Title)).ToList();
    }

    private static async Task<int> LatestRunIdAsync(TwoNodeDeployment deployment)
    {
        await using var db = deployment.Database.NewContext();
        return await db.ImportRuns.MaxAsync(r => r.Id);
    }
}
