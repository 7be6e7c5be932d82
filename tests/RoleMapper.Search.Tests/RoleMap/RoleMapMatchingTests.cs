using RoleMapper.Search.Ranking;
using RoleMapper.Search.RoleMap;

namespace RoleMapper.Search.Tests.RoleMap;

/// <summary>The matcher with the small sector role map (Fixtures/role-map-small.csv) handed to a real index build.</summary>
[Collection(SnapshotCollection.Name)]
public class RoleMapMatchingTests(SnapshotIndex snapshot)
{
    [Fact]
    public void TheIndex_HoldsEveryNameOfTheMap()
    {
        Assert.Equal(30, snapshot.MappedIndex.KnownTitleCount);
    }

    [Fact]
    public void AMappedTitle_BorrowsItsRolesStandardsWithAReasonThatSaysSo()
    {
        var best = snapshot.MappedMatcher.Match("Internal Auditor").Best!;
        Assert.Equal("ST0587", best.Reference);
        Assert.StartsWith("the sector role map, which maps 'Internal Auditor' to Internal audit practitioner", best.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleCloseToAnAlias_BorrowsTooAndTheReasonSaysItIsSimilar()
    {
        var result = snapshot.MappedMatcher.Match("Senior Pest Controller (North)");
        Assert.Equal("ST0873", result.Best!.Reference);
        Assert.Contains("the sector role map, which maps", result.Best.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void HoldingOutARole_TakesItsTitleAndAliasesOutOfTheEvidence()
    {
        var matcher = snapshot.MappedMatcher;
        var kept = matcher.Rank("Pest Controller", new MatchOptions(), heldOut: null);
        var heldOut = matcher.Rank("Pest Controller", new MatchOptions(), HeldOut.Fold(new HashSet<string> { "pest-control-officer" }));
        var withMap = kept.Candidates.Single(c => c.Entry.Reference == "ST0873");
        var without = heldOut.Candidates.SingleOrDefault(c => c.Entry.Reference == "ST0873");
        Assert.Equal(1f, withMap.Features[Features.KnownLexicalFirst]);
        Assert.True(without is null || without.Features[Features.KnownLexicalFirst] == 0);
        Assert.DoesNotContain(heldOut.Candidates, c => c.Known?.Closest?.Title.RoleId == "pest-control-officer");
        Assert.DoesNotContain("sector role map", matcher.Match("Pest Controller", null, HeldOut.Fold(new HashSet<string> { "pest-control-officer" })).Best?.Reason ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void HoldingOutOneName_KeepsTheRolesOtherNamesAsEvidence()
    {
        var matcher = snapshot.MappedMatcher;
        var ranked = matcher.Rank("Pest Controller", new MatchOptions(), HeldOut.OneName("pest-control-officer", "Pest Controller"));
        var hygiene = ranked.Candidates.Single(c => c.Entry.Reference == "ST0873");
        // Not the held-out name itself (closeness 1, and the map deciding), but its role's title and other alias.
        Assert.InRange(hygiene.Features[Features.KnownLexicalFirst], 0.3f, 0.99f);
        Assert.Equal("pest-control-officer", hygiene.Known!.Closest!.Value.Title.RoleId);
        Assert.NotEqual("Pest Controller", hygiene.Known.Closest.Value.Title.Name);
        Assert.All(ranked.Candidates, c => Assert.Null(c.KnownTier));
    }

    [Fact]
    public void AKnownTitleWhoseJobEndsInTheSameWord_CountsAsTheSameKindOfJob()
    {
        var ranked = snapshot.MappedMatcher.Rank("Pest Control Operative", new MatchOptions(), heldOut: null);
        var pest = ranked.Candidates.Single(c => c.Entry.Reference == "ST0873");
        // The map's pest control names end in officer, controller and technician: near, but another kind of job.
        Assert.True(pest.Features[Features.KnownLexicalFirst] > 0.5f);
        Assert.Equal(0f, pest.Features[Features.KnownSameRoleWord]);
        // "Cleaning Operative" and "Highways Operative" are operatives, though of other work.
        var cleaning = ranked.Candidates.Single(c => c.Entry.Reference == "ST0843");
        Assert.InRange(cleaning.Features[Features.KnownSameRoleWord], 0.01f, cleaning.Features[Features.KnownLexicalFirst]);
    }

    [Fact]
    public void ATitle_ThatSharesNoWordWithTheMapFindsARoleCloseInMeaning()
    {
        var ranked = snapshot.MappedMatcher.Rank("Binman", new MatchOptions(), heldOut: null);
        var known = ranked.Candidates.Where(c => c.Known?.SemanticFirst is not null).Select(c => c.Known!.SemanticFirst!.Value).ToList();
        Assert.NotEmpty(known);
        Assert.Equal("refuse-collector", known.MaxBy(k => k.Closeness).Title.RoleId);
        Assert.All(ranked.Candidates, c => Assert.Equal(0f, c.Features[Features.KnownLexicalFirst]));
    }

    [Theory]
    [InlineData("Councillor", "Councillor")]
    [InlineData("Ward Councillor", "Ward Councillor")]
    [InlineData("The Mayor", "Mayor")]
    public void ATitleTheMap_SaysNoStandardFitsIsLowWithTheReason(string title, string name)
    {
        var result = snapshot.MappedMatcher.Match(title);
        Assert.All(result.Candidates, c => Assert.Equal(Confidence.Low, c.Confidence));
        if (result.Best is { } best)
        {
            Assert.StartsWith($"the sector role map says no standard fits '{name}': ", best.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StandardsTheMapBringsIn_StillObeyTheOptions()
    {
        var result = snapshot.MappedMatcher.Match("Internal Auditor", new MatchOptions { MaxLevel = 4 });
        Assert.All(result.Candidates, c => Assert.InRange(c.Level, 1, 4));
        Assert.DoesNotContain(result.Candidates, c => c.Reference == "ST0610");
    }
}
