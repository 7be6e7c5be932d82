using RoleMapper.Search.Ranking;

namespace RoleMapper.Search.Tests.Ranking;

/// <summary>The features of real candidates from the real index: each kind of evidence lands in its own feature.</summary>
[Collection(SnapshotCollection.Name)]
public class FeatureTests(SnapshotIndex snapshot)
{
    private float[] FeaturesOf(string title, string reference, StandardMatcher? matcher = null) =>
        (matcher ?? snapshot.Matcher).Rank(title, new MatchOptions(), heldOut: null).Candidates.Single(c => c.Entry.Reference == reference).Features;

    [Fact]
    public void EveryCandidate_HasOneValuePerFeatureAndTheModelAWeightForEach()
    {
        var ranked = snapshot.Matcher.Rank("Planning Officer", new MatchOptions(), null);
        Assert.NotEmpty(ranked.Candidates);
        Assert.All(ranked.Candidates, c => Assert.Equal(Features.Count, c.Features.Length));
        Assert.All(ranked.Candidates, c => Assert.All(c.Features, f => Assert.True(float.IsFinite(f))));
        Assert.Equal(Features.Names.Order(), snapshot.Matcher.Model.Weights.Keys.Order());
    }

    [Fact]
    public void AStandardNamedAfterTheJob_HasTheExactTitleFeatureAndLeadsOnNameScore()
    {
        var social = FeaturesOf("Social Worker", "ST0510");
        Assert.Equal(1, social[Features.ExactTitle]);
        Assert.Equal(1, social[Features.NameScore], 3);
        Assert.True(social[Features.NameLead] > 0);
        var other = FeaturesOf("Social Worker", "ST0896");
        Assert.Equal(0, other[Features.ExactTitle]);
        Assert.True(other[Features.NameLead] < 0);
    }

    [Fact]
    public void ATypicalJobTitleSaidExactly_IsTheExactJobTitleFeature() =>
        Assert.Equal(1, FeaturesOf("Care Worker", "ST0005")[Features.ExactJobTitle]);

    [Fact]
    public void LevelFeaturesFollowWhatTheTitle_Says()
    {
        Assert.Equal(1, FeaturesOf("Business Administrator Level 3", "ST0070")[Features.LevelAsked]);
        Assert.Equal(-1, FeaturesOf("Business Administrator Level 2", "ST0070")[Features.LevelAsked]);
        Assert.Equal(4, FeaturesOf("Senior Accountant", "ST0001")[Features.LeanHigher]);
        Assert.Equal(0, FeaturesOf("Accountant", "ST0001")[Features.LeanHigher]);
        Assert.Equal(1, FeaturesOf("Trainee Accountant", "ST0003")[Features.LeanLower]);
    }

    [Fact]
    public void Leadership_AndGeneralStandardsCarryTheirRank()
    {
        Assert.Equal(1, FeaturesOf("Head of Housing", "ST0480")[Features.Leadership]);
        Assert.Equal(0, FeaturesOf("Housing Officer", "ST0480")[Features.Leadership]);
        Assert.Equal(1, FeaturesOf("Network Services Manager", "ST0385")[Features.GeneralStandard]);
    }

    [Fact]
    public void AnOns_GroupLendsItsStandards()
    {
        // "Binman" is an ONS title of unit group 9225 (refuse and salvage occupations): it borrows the group's standards
        // with their share of the group's matched titles (soc-standards.csv, made by the matcher without the map).
        var group = MatchingData.ReadCsv(MatchingData.SocStandards).Where(row => row[0] == "9225").ToList();
        Assert.NotEmpty(group);
        var ranked = snapshot.Matcher.Rank("Binman", new MatchOptions(), null);
        foreach (var row in group)
        {
            var lent = ranked.Candidates.Single(c => c.Entry.Reference == row[1]);
            Assert.Equal("9225", lent.OccupationGroup);
            Assert.Equal(float.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture), lent.Features[Features.OnsWhole], 3);
        }
    }

    [Fact]
    public void SemanticCloseness_IsHighestForTheStandardNamedInOtherWords()
    {
        var semantic = snapshot.Matcher.Rank("Carer", new MatchOptions(), null).Candidates.MaxBy(c => c.Features[Features.Semantic])!;
        Assert.Contains(semantic.Entry.Reference, new[] { "ST0005", "ST0006", "ST0216" });
        Assert.InRange(semantic.Features[Features.Semantic], 0.5f, 1.001f);
        Assert.True(semantic.Features[Features.SemanticLead] >= 0);
    }

    [Fact]
    public void Candidates_AreOrderedByProbabilityWithTiesBrokenByReference()
    {
        // A title the small map does not hold word for word, so no known title's standards are put first.
        var candidates = snapshot.MappedMatcher.Rank("Project Officer", new MatchOptions(), null).Candidates;
        Assert.All(candidates, c => Assert.Null(c.KnownTier));
        for (var i = 1; i < candidates.Count; i++)
        {
            var (a, b) = (candidates[i - 1], candidates[i]);
            Assert.True(a.Probability > b.Probability
                || (a.Probability == b.Probability && string.CompareOrdinal(a.Entry.Reference, b.Entry.Reference) < 0));
        }
    }

    [Fact]
    public void TheProbability_IsTheModelsSigmoidOfTheFeatures()
    {
        var model = snapshot.Matcher.Model;
        var top = snapshot.Matcher.Rank("Plumber", new MatchOptions(), null).Candidates[0];
        var logit = model.Bias + Features.Names.Select((n, i) => model.Weights[n] * top.Features[i]).Sum()
            + model.Interactions!.Sum(p => p.Value * top.Features[Features.PairOf(p.Key)!.Value.A] * top.Features[Features.PairOf(p.Key)!.Value.B]);
        Assert.Equal(1 / (1 + Math.Exp(-logit)), top.Probability, 4);
    }
}
