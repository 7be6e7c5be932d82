using System.Text.Json;

namespace RoleMapper.Cli.Tests;

/// <summary>
/// <c>rolemapper import --allow-large-removal</c>: the operator's one-off override of the removal guard, written in the
/// run. The floor is lowered to 10 approved standards here so the small feed (19 approved) is guarded.
/// </summary>
public sealed class RemovalOverrideCommandTests : IDisposable
{
    private static readonly Dictionary<string, string> LowFloor = new() { ["Import__MinApprovedStandards"] = "10" };
    private readonly string folder = Directory.CreateTempSubdirectory("rolemapper-cli-").FullName;
    private string DbPath => Path.Combine(folder, "cli.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task AFeedWithoutTheApprovedStandards_IsRefusedUntilTheOperatorAllowsItOnce()
    {
        Assert.Equal(0, (await CliProcess.RunAsync(LowFloor, "import", "--from", RepoPaths.SmallNewFeed, "--db", DbPath)).ExitCode);
        var withoutApproved = FeedFixtures.WriteFiltered(RepoPaths.SmallNewFeed, folder,
            (record, _) => record.GetProperty("status").GetString() != "Approved for delivery");

        var refused = await CliProcess.RunAsync(LowFloor, "import", "--from", withoutApproved, "--db", DbPath);
        var allowed = await CliProcess.RunAsync(LowFloor, "import", "--from", withoutApproved, "--db", DbPath, "--allow-large-removal", "--json");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("The feed would leave 0 of the 19 standards now approved for delivery approved", refused.Out, StringComparison.Ordinal);
        Assert.Contains("rolemapper import --allow-large-removal", refused.Out, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        using var json = JsonDocument.Parse(allowed.Out);
        Assert.Equal(0, json.RootElement.GetProperty("approved").GetInt32());
        var note = json.RootElement.GetProperty("warnings").EnumerateArray().Select(w => w.GetProperty("message").GetString()!)
            .Single(m => m.StartsWith("Removal guard overridden by ", StringComparison.Ordinal));
        Assert.Contains("(command line) for this run; it would have refused the feed: The feed would leave 0 of the 19", note, StringComparison.Ordinal);
    }
}
