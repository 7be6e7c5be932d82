using RoleMapper.Search.Evaluation;
using RoleMapper.TestSupport;

namespace RoleMapper.Search.Tests.Matching;

/// <summary>
/// The matcher's measured quality on our own set of council titles (Fixtures/council-titles.csv: titles we wrote,
/// none from the dev set). Floors a little below today's figures, so a change that loses ground fails here.
/// </summary>
[Collection(SnapshotCollection.Name)]
public class CouncilTitlesTests(SnapshotIndex snapshot)
{
    [Fact]
    public void OurOwnCouncilTitles_QualityHolds()
    {
        using var file = File.OpenText(RepoPaths.File("tests", "RoleMapper.Search.Tests", "Fixtures", "council-titles.csv"));
        var set = EvaluationSet.Read(file);
        Assert.Empty(set.Problems);
        var report = EvaluationReport.Run(snapshot.Matcher, set.Cases);
        Assert.True(report.Hit1 >= 0.75, $"hit1 {report.Hit1}");
        Assert.True(report.Hit5 >= 0.90, $"hit5 {report.Hit5}");
        Assert.True(report.Bands[Confidence.High].Precision >= 0.9, $"High precision {report.Bands[Confidence.High].Precision}");
    }
}
