using System.CommandLine;
using System.Text.Json;
using RoleMapper.Cli.Commands;
using RoleMapper.Search.Evaluation;
using RoleMapper.TestSupport;

namespace RoleMapper.Search.Tests.Cli;

/// <summary>The eval measures on a small set of our own (Fixtures/eval-small.csv), through the library and the command.</summary>
[Collection(SnapshotCollection.Name)]
public class EvalCommandTests(SnapshotIndex snapshot)
{
    private static readonly string SetPath = RepoPaths.File("tests", "RoleMapper.Search.Tests", "Fixtures", "eval-small.csv");

    [Fact]
    public void Reads_the_set_and_reports_bad_rows_by_line()
    {
        using var file = File.OpenText(SetPath);
        var set = EvaluationSet.Read(file);
        Assert.Equal(6, set.Cases.Count);
        Assert.Equal(["line 8: no title", "line 9: acceptable must be references like ST0510 separated by |, or none; found 'ST12'"], set.Problems);
        Assert.Equal(2, set.Cases.Count(c => c.ExpectsNone));
    }

    [Fact]
    public void Measures_hit1_hit5_mrr_and_the_none_rows()
    {
        using var file = File.OpenText(SetPath);
        var report = EvaluationReport.Run(snapshot.Matcher, EvaluationSet.Read(file).Cases);
        Assert.Equal(6, report.N);
        Assert.Equal(4, report.Labelled);
        // Three of the four labelled titles have their standard on top; the fourth's "answer" is an aerospace standard.
        Assert.Equal(0.75, report.Hit1);
        Assert.Equal(0.75, report.Hit5);
        Assert.Equal(0.75, report.Mrr);
        Assert.Equal(2, report.None);
        Assert.Equal(2, report.NoneLow);
        Assert.Single(report.Misses);
    }

    [Fact]
    public void Halves_split_odd_and_even_rows()
    {
        using var file = File.OpenText(SetPath);
        var set = EvaluationSet.Read(file);
        Assert.Equal(["Social Workers", "Bricklayer", "Councillor"], set.Half(odd: true).Cases.Select(c => c.Title));
        Assert.Equal(["Plumber", "Payroll Administrator, Schools", "Mayor"], set.Half(odd: false).Cases.Select(c => c.Title));
    }

    [Fact]
    public async Task The_command_prints_one_json_object_with_the_measures()
    {
        var (code, output, errors) = await RunAsync("eval", "--set", SetPath, "--db", snapshot.Database.FilePath, "--json", "--verbose");
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
    public async Task The_command_refuses_a_missing_file()
    {
        var (code, _, errors) = await RunAsync("eval", "--set", "no-such-file.csv");
        Assert.Equal(2, code);
        Assert.Contains("No such file", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_cv_it_also_reports_k_fold_figures_on_the_sector_role_map()
    {
        var (code, output, errors) = await RunAsync("eval", "--in", SetPath, "--cv", "3", "--map", SnapshotIndex.SmallMapPath,
            "--db", snapshot.Database.FilePath, "--json");
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
        Assert.Equal(6, json.RootElement.GetProperty("n").GetInt32());
        Assert.DoesNotContain("cannot", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_text_report_puts_the_cross_validation_beside_the_sets_figures()
    {
        var (code, output, _) = await RunAsync("eval", "--in", SetPath, "--cv", "2", "--map", SnapshotIndex.SmallMapPath, "--db", snapshot.Database.FilePath);
        Assert.Equal(0, code);
        Assert.Contains("6 titles: 4 with acceptable standards, 2 labelled none", output, StringComparison.Ordinal);
        Assert.Contains("Cross-validation on the sector role map, 2 folds (11 roles;", output, StringComparison.Ordinal);
        Assert.Contains("30 titles: 25 with acceptable standards, 5 labelled none", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1", "--cv must be between 2 and 20 folds.")]
    [InlineData("21", "--cv must be between 2 and 20 folds.")]
    public async Task Bad_fold_counts_are_refused(string folds, string message)
    {
        var (code, _, errors) = await RunAsync("eval", "--in", SetPath, "--cv", folds);
        Assert.NotEqual(0, code);
        Assert.Contains(message, errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_map_is_refused_with_its_problems()
    {
        var broken = Path.Combine(Path.GetTempPath(), $"broken-map-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(broken, "id,service_area,title,job_family,aliases,standards,reason,checked_against\nBad Id,Housing,Housing Officer,Professional,,ST0234,Manages.,2026-08-22\n");
        try
        {
            var (code, _, errors) = await RunAsync("eval", "--in", SetPath, "--cv", "2", "--map", broken, "--db", snapshot.Database.FilePath);
            Assert.Equal(1, code);
            Assert.Contains("line 2: id must be a lowercase slug", errors, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    internal static async Task<(int Code, string Output, string Errors)> RunAsync(params string[] args)
    {
        var root = new RootCommand { EvalCommand.Create(), MatchCommand.Create(), UnmatchedCommand.Create() };
        using var output = new StringWriter();
        using var errors = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = errors });
        return (code, output.ToString(), errors.ToString());
    }
}
