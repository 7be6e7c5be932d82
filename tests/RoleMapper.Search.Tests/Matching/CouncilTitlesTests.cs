using RoleMapper.Search.Evaluation;

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
        Assert.True(report.Hit1 >= 0.85, $"hit1 {report.Hit1}");
        Assert.True(report.Hit5 >= 0.95, $"hit5 {report.Hit5}");
        // Most of these titles are titles of the sector role map, which decides them (High). Their labels here were
        // written by one hand from general knowledge, and agree with the map's two passes on 0.89 of them (the second
        // pass agreed with the first on 0.98: docs/matching.md); the matcher's own Highs must hold 0.9.
        var (inMap, notInMap) = report.ByMap();
        Assert.True(inMap.N >= 150, $"{inMap.N} titles of the map");
        Assert.True(inMap.Hit1 >= 0.85, $"map titles hit1 {inMap.Hit1}");
        Assert.True(notInMap.Bands[Confidence.High].Precision >= 0.9, $"High precision {notInMap.Bands[Confidence.High].Precision}");
        Assert.True(notInMap.Hit5 >= 0.9, $"hit5 of titles the map lacks {notInMap.Hit5}");
    }
}
