using Microsoft.Data.Sqlite;
using RoleMapper.TestSupport;

namespace RoleMapper.Cli.Tests;

/// <summary>
/// Stopping a real <c>rolemapper import</c> process whose feed stalled part-way, as a person at a terminal (Ctrl+C) or a
/// service manager (SIGTERM) does. The feed is the test's own server, so the stall is certain; the five-second cap only
/// turns a hang into a failure, it does not time anything.
/// </summary>
public sealed class ImportCancellationTests : IAsyncLifetime
{
    private static readonly byte[] Feed = FeedFixtures.Bytes(FeedFixtures.Load(RepoPaths.SmallNewFeed));
    private readonly string folder = Directory.CreateTempSubdirectory("rolemapper-cli-").FullName;
    private FeedServer server = null!;
    private string DbPath => Path.Combine(folder, "cli.db");

    public async Task InitializeAsync() => server = await FeedServer.StartAsync();

    public async Task DisposeAsync()
    {
        await server.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }

    /// <summary>Starts an import from the server, and returns once the feed has stalled part-way through the body.</summary>
    private async Task<CliProcess> StalledImportAsync()
    {
        var stalled = new TaskCompletionSource();
        server.Answer(FeedServer.Json(Feed), FeedServer.Stall(Feed, Feed.Length / 3, stalled));
        var cli = CliProcess.Start(new Dictionary<string, string>(), "import", "--from", server.FeedUrl.ToString(), "--db", DbPath);
        await stalled.Task.WaitAsync(TimeSpan.FromMinutes(2));
        return cli;
    }

    private async Task<(string Outcome, string? Reason)> LastRunAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT Outcome, FailureReason FROM ImportRuns ORDER BY Id DESC LIMIT 1";
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1));
    }

    private async Task<int> LeasesHeldAsync()
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM JobLeases WHERE ExpiresUtc > @now";
        command.Parameters.AddWithValue("@now", DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF"));
        return Convert.ToInt32(await command.ExecuteScalarAsync());
    }

    [Theory]
    [InlineData("Ctrl+C")]
    [InlineData("SIGTERM")]
    public async Task A_stalled_import_stops_at_once_marked_cancelled_and_the_next_import_succeeds(string stop)
    {
        using var cli = await StalledImportAsync();

        if (stop == "Ctrl+C")
        {
            cli.Interrupt();
        }
        else
        {
            cli.Terminate();
        }
        var stopped = await cli.ExitAsync(TimeSpan.FromSeconds(5));

        Assert.Equal(130, stopped.ExitCode);
        Assert.Contains("Cancelled", stopped.Out, StringComparison.Ordinal);
        var (outcome, reason) = await LastRunAsync();
        Assert.Equal("Cancelled", outcome);
        Assert.StartsWith("Cancelled", reason);
        Assert.Equal(0, await LeasesHeldAsync());

        var next = await CliProcess.RunAsync(new Dictionary<string, string>(), "import", "--from", server.FeedUrl.ToString(), "--db", DbPath);

        Assert.Equal(0, next.ExitCode);
        Assert.Equal("Succeeded", (await LastRunAsync()).Outcome);
    }
}
