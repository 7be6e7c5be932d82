namespace RoleMapper.Core.Tests.Maturity;

/// <summary>
/// The stage rule on the real Workforce Development strand (four statements at each stage). Specs are read by
/// <see cref="TestModel.Met"/>: "developing" is every Developing statement, "-developing.trailblazers" takes one away.
/// </summary>
public sealed class StageRuleTests
{
    private const string Strand = "workforce-development";

    [Theory]
    // Nothing met: the baseline.
    [InlineData("", MaturityLevel.Early, false, "Early")]
    // Every stage met in full: Mature, and nothing lies beyond it for a "+".
    [InlineData("developing maturing mature", MaturityLevel.Mature, false, "Mature")]
    [InlineData("developing", MaturityLevel.Developing, false, "Developing")]
    [InlineData("developing maturing", MaturityLevel.Maturing, false, "Maturing")]
    // One statement missing holds the stage back; what is met above it shows as "+".
    [InlineData("developing -developing.trailblazers", MaturityLevel.Early, true, "Early +")]
    [InlineData("developing maturing mature -developing.trailblazers", MaturityLevel.Early, true, "Early +")]
    [InlineData("developing maturing -maturing.communication", MaturityLevel.Developing, true, "Developing +")]
    [InlineData("developing maturing mature -mature.skills-mapping", MaturityLevel.Maturing, true, "Maturing +")]
    // A stage met in full above a gap does not count until the gap is closed.
    [InlineData("maturing mature", MaturityLevel.Early, true, "Early +")]
    [InlineData("developing mature", MaturityLevel.Developing, true, "Developing +")]
    [InlineData("mature.skills-mapping", MaturityLevel.Early, true, "Early +")]
    // Early statements describe the starting point: ticking them changes nothing and earns no "+".
    [InlineData("early", MaturityLevel.Early, false, "Early")]
    [InlineData("early developing", MaturityLevel.Developing, false, "Developing")]
    public void Assess_AppliesTheLgaRule(string spec, MaturityLevel reached, bool plus, string display)
    {
        var result = StageRule.Assess(TestModel.Strand(Strand), TestModel.Met(Strand, spec));

        Assert.Equal(reached, result.Reached);
        Assert.Equal(plus, result.HasPlus);
        Assert.Equal(display, result.DisplayText);
    }

    [Fact]
    public void Assess_IgnoresUnknownIdsAndOtherStrands()
    {
        var met = TestModel.Met(Strand, "developing");
        met.UnionWith(TestModel.Met("engagement", "developing maturing mature"));
        met.Add("workforce-development.maturing.withdrawn-statement");
        met.Add("not an id");

        var result = StageRule.Assess(TestModel.Strand(Strand), met);

        Assert.Equal(new StageResult(MaturityLevel.Developing, HasPlus: false), result);
    }

    [Fact]
    public void Assess_MatchesIdsExactly()
    {
        var shouted = TestModel.Met(Strand, "developing").Select(id => id.ToUpperInvariant());

        Assert.Equal(MaturityLevel.Early, StageRule.Assess(TestModel.Strand(Strand), shouted).Reached);
    }

    [Theory]
    [InlineData("", MaturityLevel.Developing, 4)]
    [InlineData("developing", MaturityLevel.Developing, 0)]
    [InlineData("developing", MaturityLevel.Maturing, 4)]
    [InlineData("developing maturing.communication", MaturityLevel.Mature, 7)]
    [InlineData("developing maturing mature", MaturityLevel.Mature, 0)]
    [InlineData("maturing mature", MaturityLevel.Developing, 4)]
    [InlineData("developing maturing", MaturityLevel.Developing, 0)]
    // Early is the baseline: there is never anything to do to reach it.
    [InlineData("", MaturityLevel.Early, 0)]
    public void StillToMeet_ListsWhatStandsBetweenTheCouncilAndItsTarget(string spec, MaturityLevel target, int missing)
    {
        var strand = TestModel.Strand(Strand);
        var met = TestModel.Met(Strand, spec);

        var toMeet = StageRule.StillToMeet(strand, met, target);

        Assert.Equal(missing, toMeet.Count);
        Assert.All(toMeet, s => Assert.DoesNotContain(s.Id, met));
        Assert.All(toMeet, s => Assert.True(TestModel.Model.FindStatement(s.Id)!.Stage.Level <= target));
        Assert.Equal(missing == 0, StageRule.Assess(strand, met).Reached >= target);
    }

    [Fact]
    public void StillToMeet_ListsLowerStagesFirst()
    {
        var toMeet = StageRule.StillToMeet(TestModel.Strand(Strand), [], MaturityLevel.Maturing);

        Assert.Equal(
            ["developing.communication", "developing.skill-shortages", "developing.trailblazers", "developing.skills-mapping",
             "maturing.communication", "maturing.skill-shortages", "maturing.trailblazers", "maturing.skills-mapping"],
            toMeet.Select(s => s.Id[(Strand.Length + 1)..]));
    }

    [Theory]
    [InlineData("workforce-development.developing.skills-mapping", true)]
    [InlineData("leadership-culture.mature.governance", true)]
    [InlineData("workforce-development.early.skills-mapping", false)]
    [InlineData("workforce-development.developing.no-such-statement", false)]
    [InlineData("workforce-development", false)]
    public void IsTickable_AcceptsOnlyStatementsAboveTheBaseline(string id, bool tickable) =>
        Assert.Equal(tickable, TestModel.Model.IsTickable(id));
}
