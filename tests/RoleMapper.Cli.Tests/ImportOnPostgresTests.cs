using System.Text.Json;
using Xunit.Abstractions;

namespace RoleMapper.Cli.Tests;

/// <summary>
/// The real <c>rolemapper import</c> on a real PostgreSQL server, with the provider chosen by the environment as a
/// deployment would (<c>Database__Provider=postgres ConnectionStrings__RoleMapper=...</c>): the same figures as on SQLite.
/// </summary>
public sealed class ImportOnPostgresTests(ITestOutputHelper output)
{
    private static async Task<JsonElement> ImportAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var result = await CliRunner.RunWithEnvironmentAsync(environment, ["import", .. args, "--json"]);
        Assert.True(result.ExitCode == 0, $"rolemapper import {string.Join(' ', args)} failed: {result.Out}{result.Error}");
        using var json = JsonDocument.Parse(result.Out);
        return json.RootElement.Clone();
    }

    private async Task<string> NewDatabaseAsync(string purpose)
    {
        var cluster = await PostgresCluster.GetAsync();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var connectionString = await cluster.CreateDatabaseAsync(purpose);
        output.WriteLine($"Cluster started in {cluster.StartTime.TotalSeconds:0.00} s; database created in {started.Elapsed.TotalSeconds:0.00} s");
        return connectionString;
    }

    [Fact]
    public async Task SmallFeedsOldThenNewGiveTheSame_ChangesAsOnSqlite()
    {
        var connectionString = await NewDatabaseAsync("cli_small");
        var provider = new Dictionary<string, string> { ["Database__Provider"] = "postgres" };

        // First through the environment's connection string, then through --db, which takes one when the provider is postgres.
        var first = await ImportAsync(new Dictionary<string, string>(provider) { ["ConnectionStrings__RoleMapper"] = connectionString },
            "--from", RepoPaths.SmallOldFeed);
        var second = await ImportAsync(provider, "--from", RepoPaths.SmallNewFeed, "--db", connectionString);

        Assert.Equal(("Succeeded", 50, 18, 50), (first.GetProperty("outcome").GetString(), first.GetProperty("records").GetInt32(),
            first.GetProperty("approved").GetInt32(), first.GetProperty("added").GetInt32()));
        Assert.Equal("Succeeded", second.GetProperty("outcome").GetString());
        Assert.Equal(16, second.GetProperty("added").GetInt32());
        Assert.Equal(13, second.GetProperty("statusChanges").GetInt32());
        Assert.Equal(4, second.GetProperty("vanished").GetInt32());
        Assert.Empty(second.GetProperty("errors").EnumerateArray());
    }

    [Fact]
    public async Task Full_SnapshotsOldThenNewGiveTheKnownFigures()
    {
        var connectionString = await NewDatabaseAsync("cli_full");
        var environment = new Dictionary<string, string>
        {
            ["Database__Provider"] = "postgres",
            ["ConnectionStrings__RoleMapper"] = connectionString,
        };

        var first = await ImportAsync(environment, "--from", RepoPaths.FullOldFeed);
        var second = await ImportAsync(environment, "--from", RepoPaths.FullNewFeed);

        Assert.Equal(1594, first.GetProperty("records").GetInt32());
        Assert.Equal(715, first.GetProperty("approved").GetInt32());
        Assert.Equal("Succeeded", second.GetProperty("outcome").GetString());
        Assert.Equal(369, second.GetProperty("added").GetInt32());
        Assert.Equal(13, second.GetProperty("vanished").GetInt32());
        Assert.Equal(298, second.GetProperty("statusChanges").GetInt32());
        Assert.Equal(713, second.GetProperty("approved").GetInt32());
        Assert.Empty(second.GetProperty("errors").EnumerateArray());
        output.WriteLine($"Imports took {first.GetProperty("seconds").GetDouble()} s and {second.GetProperty("seconds").GetDouble()} s");

        // The rows are in PostgreSQL, not in some SQLite file the command fell back to.
        await using var db = new RoleMapperDbContext(new DatabaseSettings(DatabaseProvider.Postgres, connectionString).ContextOptions());
        Assert.Equal(1594 + 369, await db.StandardVersions.CountAsync());
        Assert.Equal(2, await db.ImportRuns.CountAsync());
    }
}
