using RoleMapper.Search.Evaluation;

namespace RoleMapper.Search.Tests.Evaluation;

/// <summary>The eval measures on a small set of our own (Fixtures/eval-small.csv); the command is tested in Cli.Tests.</summary>
[Collection(SnapshotCollection.Name)]
public class EvaluationReportTests(SnapshotIndex snapshot)
{
    private static readonly string SetPath = RepoPaths.File("tests", "RoleMapper.Search.Tests", "Fixtures", "eval-small.csv");

    [Fact]
    public void Read_ReportsBadRowsByLine()
    {
        using var file = File.OpenText(SetPath);
        var set = EvaluationSet.Read(file);
        Assert.Equal(6, set.Cases.Count);
        Assert.Equal(["line 8: no title", "line 9: acceptable must be references like ST0510 separated by |, or none; found 'ST12'"], set.Problems);
        Assert.Equal(2, set.Cases.Count(c => c.ExpectsNone));
    }

    [Fact]
    public void Run_MeasuresHit1Hit5MrrAndTheNoneRows()
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
    public void Halves_SplitOddAndEvenRows()
    {
        using var file = File.OpenText(SetPath);
        var set = EvaluationSet.Read(file);
        Assert.Equal(["Social Workers", "Bricklayer", "Councillor"], set.Half(odd: true).Cases.Select(c => c.Title));
        Assert.Equal(["Plumber", "Payroll Administrator, Schools", "Mayor"], set.Half(odd: false).Cases.Select(c => c.Title));
    }
}
