namespace RoleMapper.Core.Tests.Maturity;

public sealed class AssessmentComparisonTests
{
    private const string Workforce = "workforce-development";
    private static readonly DateOnly LastYear = new(2025, 11, 3);
    private static readonly DateOnly ThisYear = new(2026, 11, 2);

    private static MaturityAssessment Assessment(DateOnly on, string workforceSpec, MaturityLevel? workforceTarget = null)
    {
        var targets = new Dictionary<string, MaturityLevel>();
        if (workforceTarget is { } target)
        {
            targets[Workforce] = target;
        }
        return new MaturityAssessment(on, TestModel.Met(Workforce, workforceSpec), targets);
    }

    private static StrandChange WorkforceChange(MaturityAssessment earlier, MaturityAssessment later) =>
        AssessmentComparison.Compare(TestModel.Model, earlier, later).Strands.Single(s => s.Strand.Id == Workforce);

    [Fact]
    public void NewlyMetStatements_RaiseTheStage()
    {
        var change = WorkforceChange(
            Assessment(LastYear, "developing -developing.skills-mapping"),
            Assessment(ThisYear, "developing maturing.skills-mapping"));

        Assert.Equal("Early +", change.Before.DisplayText);
        Assert.Equal("Developing +", change.After.DisplayText);
        Assert.True(change.StageRose);
        Assert.False(change.StageFell);
        Assert.Equal(
            ["workforce-development.developing.skills-mapping", "workforce-development.maturing.skills-mapping"],
            change.NewlyMet.Select(s => s.Id));
        Assert.Empty(change.NoLongerMet);
        Assert.True(change.HasChanges);
    }

    [Fact]
    public void StatementsNoLongerMet_LowerTheStage()
    {
        var change = WorkforceChange(
            Assessment(LastYear, "developing maturing"),
            Assessment(ThisYear, "developing maturing -maturing.trailblazers"));

        Assert.Equal(MaturityLevel.Maturing, change.Before.Reached);
        Assert.Equal(MaturityLevel.Developing, change.After.Reached);
        Assert.True(change.StageFell);
        Assert.Equal(["workforce-development.maturing.trailblazers"], change.NoLongerMet.Select(s => s.Id));
        Assert.Empty(change.NewlyMet);
    }

    [Fact]
    public void SameStatements_ChangeNothing_AndEveryStrandIsListed()
    {
        var changes = AssessmentComparison.Compare(
            TestModel.Model, Assessment(LastYear, "developing maturing.communication"), Assessment(ThisYear, "developing maturing.communication"));

        Assert.Equal(TestModel.Model.Strands.Select(s => s.Id), changes.Strands.Select(s => s.Strand.Id));
        Assert.False(changes.HasChanges);
        Assert.Equal((LastYear, ThisYear), (changes.From, changes.To));
        Assert.All(changes.Strands, s => Assert.Equal(s.Before, s.After));
    }

    [Fact]
    public void BaselineAndUnknownIds_AreNotReportedAsMoves()
    {
        var later = Assessment(ThisYear, "early developing");
        later = later with { MetStatementIds = later.MetStatementIds.Append("workforce-development.mature.gone").ToHashSet() };

        var change = WorkforceChange(Assessment(LastYear, "developing"), later);

        Assert.Empty(change.NewlyMet);
        Assert.False(change.HasChanges);
    }

    [Fact]
    public void NewTarget_IsAChange()
    {
        var change = WorkforceChange(
            Assessment(LastYear, "developing", MaturityLevel.Maturing),
            Assessment(ThisYear, "developing", MaturityLevel.Mature));

        Assert.Equal((MaturityLevel.Maturing, MaturityLevel.Mature), (change.TargetBefore!.Value, change.TargetAfter!.Value));
        Assert.True(change.TargetChanged);
        Assert.True(change.HasChanges);
        Assert.False(change.StageRose || change.StageFell);
    }

    [Fact]
    public void LaterAssessmentDatedFirst_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            AssessmentComparison.Compare(TestModel.Model, Assessment(ThisYear, ""), Assessment(LastYear, "developing")));

        Assert.Equal("later", error.ParamName);
    }

    [Fact]
    public void TwoAssessmentsOnOneDay_CanBeCompared()
    {
        var change = WorkforceChange(Assessment(ThisYear, ""), Assessment(ThisYear, "developing"));

        Assert.True(change.StageRose);
    }
}
