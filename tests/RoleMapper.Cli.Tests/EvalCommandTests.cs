using System.Text.Json;
using RoleMapper.TestSupport;

namespace RoleMapper.Cli.Tests;

/// <summary><c>rolemapper eval</c> on a small set of our own (the Search tests' Fixtures/eval-small.csv) over the whole snapshot.</summary>
[Collection(SnapshotCollection.Name)]
public sealed class EvalCommandTests(SnapshotDatabase snapshot)
{
    private static readonly string SetPath = RepoPaths.File("tests", "RoleMapper.Search.Tests", "Fixtures", "eval-small.csv");

    [Fact]
    public async Task Eval_Json_PrintsOneObjectWithTheMeasures()
    {
        var (code, output, errors) = await InProcess.RunAsync("eval", "--set", SetPath, "--db", snapshot.FilePath, "--json", "--verbose");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal(6, root.GetProperty("n").GetInt32());
        Assert.Equal(0.75, root.GetProperty("hit1").GetDouble());
        Assert.Equal(0.75, root.GetProperty("hit5").GetDouble());
        Assert.Equal(0.75, root.GetProperty("mrr").GetDouble());
        Assert.Equal(2, root.GetProperty("noneLow").GetInt32());
        Assert.Equal("Payroll Administrator, Schools", root.GetProperty("misses")[0].GetProperty("title").GetString());
        Assert.Contains("line 8: no title", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingFile_IsRefused()
    {
        var (code, _, errors) = await InProcess.RunAsync("eval", "--set", "no-such-file.csv");
        Assert.Equal(1, code);
        Assert.Contains("no-such-file.csv does not exist.", errors, StringComparison.Ordinal);
    }
}
