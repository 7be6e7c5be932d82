using System.Text.Json;

namespace RoleMapper.Cli.Tests;

/// <summary><c>rolemapper eval</c> on a small set of our own (the Search tests' Fixtures/eval-small.csv) over the whole snapshot.</summary>
[Collection(SnapshotCollection.Name)]
public sealed class EvalCommandTests(SnapshotDatabase snapshot)
{
    private static readonly string SetPath = RepoPaths.File("tests", "RoleMapper.Search.Tests", "Fixtures", "eval-small.csv");
    private static readonly string SmallMapPath = RepoPaths.File("tests", "RoleMapper.Search.Tests", "Fixtures", "role-map-small.csv");

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
        // Bricklayer and Plumber are titles of the built-in sector role map: the map decided them.
        var (inMap, notInMap) = (root.GetProperty("inMap"), root.GetProperty("notInMap"));
        Assert.Equal(6, inMap.GetProperty("n").GetInt32() + notInMap.GetProperty("n").GetInt32());
        Assert.InRange(inMap.GetProperty("n").GetInt32(), 2, 4);
        Assert.Equal(1.0, inMap.GetProperty("hit1").GetDouble());
        Assert.Contains("line 8: no title", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingFile_IsRefused()
    {
        var (code, _, errors) = await InProcess.RunAsync("eval", "--set", "no-such-file.csv");
        Assert.Equal(1, code);
        Assert.Contains("no-such-file.csv does not exist.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_WithCv_ReportsKFoldFiguresOnTheSectorRoleMap()
    {
        var (code, output, errors) = await InProcess.RunAsync("eval", "--in", SetPath, "--cv", "3", "--map", SmallMapPath,
            "--db", snapshot.FilePath, "--json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var cv = json.RootElement.GetProperty("crossValidation");
        Assert.Equal(3, cv.GetProperty("folds").GetInt32());
        // Every title and alias of the 11 roles, each matched once with its fold held out.
        Assert.Equal(30, cv.GetProperty("n").GetInt32());
        Assert.Equal(5, cv.GetProperty("none").GetInt32());
        Assert.InRange(cv.GetProperty("hit1").GetDouble(), 0, 1);
        Assert.True(cv.GetProperty("hit5").GetDouble() >= cv.GetProperty("hit1").GetDouble());
        var bands = cv.GetProperty("bands");
        Assert.Equal(25, new[] { "High", "Medium", "Low" }.Sum(b => bands.GetProperty(b).GetProperty("count").GetInt32()));
        // The same 30 names, each matched with only itself held out: the role's other names are near it.
        var oneName = json.RootElement.GetProperty("oneNameHeldOut");
        Assert.Equal(30, oneName.GetProperty("n").GetInt32());
        Assert.True(oneName.GetProperty("hit1").GetDouble() >= cv.GetProperty("hit1").GetDouble());
        Assert.Equal(6, json.RootElement.GetProperty("n").GetInt32());
        Assert.DoesNotContain("cannot", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_TextReport_PutsTheCrossValidationBesideTheSetsFigures()
    {
        var (code, output, _) = await InProcess.RunAsync("eval", "--in", SetPath, "--cv", "2", "--map", SmallMapPath, "--db", snapshot.FilePath);
        Assert.Equal(0, code);
        Assert.Contains("6 titles: 4 with acceptable standards, 2 labelled none", output, StringComparison.Ordinal);
        Assert.Contains("Cross-validation on the sector role map, 2 folds (11 roles;", output, StringComparison.Ordinal);
        Assert.Contains("30 titles: 25 with acceptable standards, 5 labelled none", output, StringComparison.Ordinal);
        Assert.Contains("Each title and alias of the map matched with only itself held out", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("21")]
    public async Task Eval_BadFoldCount_IsRefused(string folds)
    {
        var (code, _, errors) = await InProcess.RunAsync("eval", "--in", SetPath, "--cv", folds);
        Assert.NotEqual(0, code);
        Assert.Contains("--cv must be between 2 and 20 folds.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_BrokenMap_IsRefusedWithItsProblems()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-map-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(broken, "id,service_area,title,job_family,aliases,standards,reason,checked_against\nBad Id,Housing,Housing Officer,Professional,,ST0234,Manages.,2026-08-22\n");
        try
        {
            var (code, _, errors) = await InProcess.RunAsync("eval", "--in", SetPath, "--cv", "2", "--map", broken, "--db", snapshot.FilePath);
            Assert.Equal(1, code);
            Assert.Contains("line 2: id must be a lowercase slug", errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }
}
