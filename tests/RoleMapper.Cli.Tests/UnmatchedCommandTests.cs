using Microsoft.Extensions.DependencyInjection;
using RoleMapper.Core.UnmatchedTitles;

namespace RoleMapper.Cli.Tests;

/// <summary><c>rolemapper unmatched</c> as a real process, on a log written by the store the web app writes with.</summary>
public abstract class UnmatchedCommandTests(DatabaseProvider provider)
{
    public sealed class OnSqlite() : UnmatchedCommandTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : UnmatchedCommandTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Unmatched_ListsTheMostFrequentFirst()
    {
        await using var database = await TestDatabase.CreateAsync(provider: provider);
        var seen = new DateTime(2026, 9, 1, 9, 0, 0, DateTimeKind.Utc);
        await database.Services.GetRequiredService<UnmatchedTitleStore>().AddAsync(
        [
            new UnmatchedSighting("mace bearer", "Mace Bearer", 1, "ST0005", seen, seen),
            new UnmatchedSighting("lollipop person", "Lollipop Lady", 2, null, seen, seen),
        ]);

        var result = await CliRunner.RunOnAsync(database, "unmatched", "--top", "5");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("     2  lollipop person  (e.g. \"Lollipop Lady\"; best none; last 2026-09-01)", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("     1  mace bearer  (e.g. \"Mace Bearer\"; best ST0005;", lines[1], StringComparison.Ordinal);
    }
}
