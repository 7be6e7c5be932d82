using System.Text.Json;

namespace RoleMapper.Cli.Tests;

public sealed class ImportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("rolemapper-cli-").FullName;
    private string DbPath => Path.Combine(folder, "cli.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Import_Json_PrintsOneObjectWithTheDocumentedKeys_AndExitsZero()
    {
        var result = await CliRunner.RunAsync("import", "--from", RepoPaths.SmallOldFeed, "--db", DbPath, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("Succeeded", root.GetProperty("outcome").GetString());
        Assert.Equal(50, root.GetProperty("records").GetInt32());
        Assert.Equal(18, root.GetProperty("approved").GetInt32());
        Assert.Equal(50, root.GetProperty("added").GetInt32());
        foreach (var key in new[] { "statusChanges", "contentChanges", "vanished", "unchanged", "rejected" })
        {
            Assert.Equal(0, root.GetProperty(key).GetInt32());
        }
        Assert.Equal(JsonValueKind.Array, root.GetProperty("errors").ValueKind);
        Assert.True(root.GetProperty("seconds").GetDouble() > 0);
        Assert.True(File.Exists(DbPath));
    }

    [Fact]
    public async Task Import_SecondFeed_ReportsChangesInReadableText()
    {
        await CliRunner.RunAsync("import", "--from", RepoPaths.SmallOldFeed, "--db", DbPath);

        var result = await CliRunner.RunAsync("import", "--from", RepoPaths.SmallNewFeed, "--db", DbPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Succeeded", result.Out, StringComparison.Ordinal);
        Assert.Contains("16 added, 13 status changes", result.Out, StringComparison.Ordinal);
        Assert.Contains("4 vanished", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BrokenFeed_ExitsNonZero_WithTheReason()
    {
        var broken = Path.Combine(folder, "broken.json");
        await File.WriteAllTextAsync(broken, "{\"not\": \"an array\"}");

        var result = await CliRunner.RunAsync("import", "--from", broken, "--db", DbPath, "--json");

        Assert.NotEqual(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("Failed", json.RootElement.GetProperty("outcome").GetString());
        Assert.Contains("not a JSON array", json.RootElement.GetProperty("failureReason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_RecordErrors_AreListedWithTheirReference()
    {
        var feed = FeedFixtures.Load(RepoPaths.SmallNewFeed);
        FeedFixtures.Record(feed, "ST0116", "1.2")["version"] = "one.two";
        var path = FeedFixtures.Write(feed, folder);

        var result = await CliRunner.RunAsync("import", "--from", path, "--db", DbPath, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var error = Assert.Single(json.RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal("ST0116", error.GetProperty("reference").GetString());
        Assert.Contains("one.two", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(3, json.RootElement.GetProperty("rejected").GetInt32());
    }

    [Fact]
    public async Task Import_MissingFile_ExitsNonZero()
    {
        var result = await CliRunner.RunAsync("import", "--from", Path.Combine(folder, "nope.json.gz"), "--db", DbPath);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("does not exist", result.Out, StringComparison.Ordinal);
    }
}
