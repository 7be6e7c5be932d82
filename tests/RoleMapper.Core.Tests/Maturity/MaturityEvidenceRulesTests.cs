namespace RoleMapper.Core.Tests.Maturity;

/// <summary>The suggested ticks: each hint's rule at each stage, and statements that carry two hints.</summary>
public sealed class MaturityEvidenceRulesTests
{
    private const string Workforce = "workforce-development";

    private static MaturityEvidenceFigures Figures(int roles = 0, int confirmed = 0, long posts = 0, long postsConfirmed = 0,
        int gaps = 0, int successionRecorded = 0, int successionOpen = 0, int successionAddressed = 0, int successionWithoutStandard = 0) => new()
        {
            Map = new MapFigures { Roles = roles, RolesConfirmed = confirmed, Headcount = posts, HeadcountConfirmed = postsConfirmed },
            GapsRecorded = gaps,
            GapsOpen = gaps,
            SuccessionRiskRecorded = successionRecorded,
            SuccessionRisk = successionOpen + successionAddressed,
            SuccessionRiskOpen = successionOpen,
            SuccessionRiskAddressed = successionAddressed,
            SuccessionRiskWithoutStandard = successionWithoutStandard,
        };

    /// <summary>A made-up statement of the Workforce Development strand at <paramref name="level"/> carrying these hints.</summary>
    private static LocatedStatement Hinted(MaturityLevel level, params string[] hints)
    {
        var strand = TestModel.Strand(Workforce);
        var stage = strand.Stage(level);
        return new LocatedStatement(strand, stage, new MaturityStatement($"{Workforce}.{stage.Id}.made-up", "Made up", hints));
    }

    private static bool? SuggestMet(LocatedStatement statement, MaturityEvidenceFigures figures) =>
        MaturityEvidenceRules.Suggest(statement, figures)?.SuggestMet;

    [Theory]
    [InlineData(MaturityLevel.Developing, 0, 0, 0, 0, false)]
    [InlineData(MaturityLevel.Developing, 1, 0, 0, 0, true)]
    [InlineData(MaturityLevel.Maturing, 10, 0, 100, 0, false)]
    [InlineData(MaturityLevel.Maturing, 10, 1, 100, 1, true)]
    // Mature: half the roles, or half the posts, with a confirmed standard.
    [InlineData(MaturityLevel.Mature, 10, 4, 100, 49, false)]
    [InlineData(MaturityLevel.Mature, 10, 5, 100, 10, true)]
    [InlineData(MaturityLevel.Mature, 10, 1, 100, 50, true)]
    [InlineData(MaturityLevel.Mature, 0, 0, 0, 0, false)]
    public void Mapping_AtEachStage(MaturityLevel level, int roles, int confirmed, long posts, long postsConfirmed, bool met) =>
        Assert.Equal(met, SuggestMet(Hinted(level, EvidenceHints.Mapping), Figures(roles, confirmed, posts, postsConfirmed)));

    [Theory]
    [InlineData(MaturityLevel.Developing, 0, false)]
    [InlineData(MaturityLevel.Developing, 1, true)]
    [InlineData(MaturityLevel.Maturing, 1, true)]
    [InlineData(MaturityLevel.Mature, 0, false)]
    [InlineData(MaturityLevel.Mature, 3, true)]
    public void SkillsGaps_AtEachStage_AskForGapsRecorded(MaturityLevel level, int gaps, bool met) =>
        Assert.Equal(met, SuggestMet(Hinted(level, EvidenceHints.SkillsGaps), Figures(gaps: gaps)));

    [Theory]
    [InlineData(MaturityLevel.Developing, 0, 0, 0, 0, false)]
    [InlineData(MaturityLevel.Developing, 1, 1, 0, 1, true)]
    [InlineData(MaturityLevel.Maturing, 2, 2, 0, 0, false)]
    [InlineData(MaturityLevel.Maturing, 2, 1, 1, 1, true)]
    // Mature: every one dealt with and on a pathway (linked to a standard).
    [InlineData(MaturityLevel.Mature, 2, 1, 1, 0, false)]
    [InlineData(MaturityLevel.Mature, 2, 0, 2, 1, false)]
    [InlineData(MaturityLevel.Mature, 2, 0, 2, 0, true)]
    [InlineData(MaturityLevel.Mature, 0, 0, 0, 0, false)]
    public void Succession_AtEachStage(MaturityLevel level, int recorded, int open, int addressed, int withoutStandard, bool met) =>
        Assert.Equal(met, SuggestMet(Hinted(level, EvidenceHints.Succession),
            Figures(successionRecorded: recorded, successionOpen: open, successionAddressed: addressed, successionWithoutStandard: withoutStandard)));

    [Fact]
    public void StatementWithTwoHints_IsSuggestedOnlyWhenBothRulesPass()
    {
        var mapped = TestModel.Model.FindStatement($"{Workforce}.mature.skills-mapping")!;

        var noGaps = MaturityEvidenceRules.Suggest(mapped, Figures(roles: 10, confirmed: 6))!;
        var withGaps = MaturityEvidenceRules.Suggest(mapped, Figures(roles: 10, confirmed: 6, gaps: 2))!;

        Assert.Equal([EvidenceHints.Mapping, EvidenceHints.SkillsGaps], noGaps.Checks.Select(c => c.Hint));
        Assert.Equal([true, false], noGaps.Checks.Select(c => c.Passed));
        Assert.False(noGaps.SuggestMet);
        Assert.True(withGaps.SuggestMet);
    }

    [Fact]
    public void BaselineAndUnhintedStatements_GetNoSuggestion()
    {
        var figures = Figures(roles: 10, confirmed: 10, gaps: 5);

        Assert.Null(MaturityEvidenceRules.Suggest(TestModel.Model.FindStatement($"{Workforce}.early.skills-mapping")!, figures));
        Assert.Null(MaturityEvidenceRules.Suggest(TestModel.Model.FindStatement($"{Workforce}.mature.trailblazers")!, figures));
        // The baseline statement still shows the figures: a council at the start sees it has begun.
        Assert.Single(MaturityEvidenceRules.Figures(TestModel.Model.FindStatement($"{Workforce}.early.skills-mapping")!.Statement, figures));
    }

    [Fact]
    public void Checks_SayWhatTheRuleAsksAndWhatTheDataShows()
    {
        var check = MaturityEvidenceRules.Suggest(Hinted(MaturityLevel.Mature, EvidenceHints.Mapping), Figures(10, 3, 200, 29))!.Checks.Single();

        Assert.Equal("At least 50% of roles, or of posts, have a confirmed standard", check.Rule);
        Assert.Equal("30% of roles; 29 of 200 posts (14%)", check.Finding);
    }

    [Fact]
    public void EvidenceText_IsDatedAndGivesTheFiguresOfEachHint()
    {
        var statement = TestModel.Model.FindStatement($"{Workforce}.mature.skills-mapping")!.Statement;
        var figures = Figures(roles: 240, confirmed: 212, posts: 1000, postsConfirmed: 874, gaps: 3) with
        {
            LastExportUtc = new DateTime(2026, 6, 30, 23, 30, 0, DateTimeKind.Utc),
        };

        var text = MaturityEvidenceRules.EvidenceText(statement, figures, new DateOnly(2026, 7, 2));

        Assert.Equal(
            "From RoleMapper on 2 July 2026: 212 of 240 job roles (88%) have a confirmed apprenticeship standard, 874 of "
            + "1,000 posts (87%); 0 mappings need review; Excel map last exported 1 July 2026. 3 skills gaps not closed "
            + "(3 open, 0 with a plan in place): 0 hard to fill, 0 with a succession risk; 0 closed.",
            text);
    }

    [Fact]
    public void Figures_OfAnEmptyCouncil_SayNothingIsRecorded()
    {
        var statement = TestModel.Model.FindStatement($"{Workforce}.maturing.skills-mapping")!.Statement;

        Assert.Equal(["No job roles recorded yet.", "No skills gaps recorded yet."], MaturityEvidenceRules.Figures(statement, Figures()));
    }
}
