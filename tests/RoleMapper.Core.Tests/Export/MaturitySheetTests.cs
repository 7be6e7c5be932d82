using RoleMapper.Core.Tests.Maturity;

namespace RoleMapper.Core.Tests.Export;

/// <summary>The Maturity sheet, filled from an assessment against the shipped LGA model.</summary>
public sealed class MaturitySheetTests
{
    private const string Strand = "workforce-development";

    private static MaturitySection Section()
    {
        var met = TestModel.Met(Strand, "developing maturing.skills-mapping");
        var assessment = new MaturityAssessment(new DateOnly(2026, 2, 14), met,
            new Dictionary<string, MaturityLevel> { [Strand] = MaturityLevel.Maturing });
        var evidence = new Dictionary<string, string>
        {
            [$"{Strand}.maturing.skills-mapping"] = "RoleMapper: 212 of 240 roles mapped; https://intranet.example/workforce-plan",
        };
        return MaturitySection.FromAssessment(TestModel.Model, assessment, evidence);
    }

    [Fact]
    public void Maturity_IsTheLastSheet_OnlyWhenGiven()
    {
        using var book = Exported.Of(A.CouncilMap.WithMaturity(Section()));

        Assert.Equal(
            ["Summary", "Role map", "Skills gaps", "Standards used", "Changes since last export", "Maturity"],
            book.SheetOrder);
        Assert.Equal(["Strand", "Current stage", "Target stage", "Statement met", "Evidence"], book.Headers(SheetNames.Maturity));
        Assert.Single(book.Sheet(SheetNames.Maturity).Tables, t => t.Name == "Maturity" && t.ShowAutoFilter);
        Assert.Equal(1, book.Sheet(SheetNames.Maturity).SheetView.SplitRow);
        Assert.Equal(new DateTime(2026, 2, 14), book.Summary("Maturity self-assessment date").GetDateTime());
    }

    [Fact]
    public void Maturity_ListsEachStatementMetWithItsStrandsStages_AndEveryStrand()
    {
        using var book = Exported.Of(A.CouncilMap.WithMaturity(Section()));
        var strands = book.Column(SheetNames.Maturity, "Strand");
        var workforce = Enumerable.Range(0, strands.Count).Where(i => strands[i] == "Workforce Development").ToList();

        Assert.Equal(TestModel.Model.Strands.Select(s => s.Title), strands.Distinct());
        // Four Developing statements and one Maturing one.
        Assert.Equal(5, workforce.Count);
        var stages = book.Column(SheetNames.Maturity, "Current stage");
        var targets = book.Column(SheetNames.Maturity, "Target stage");
        var statements = book.Column(SheetNames.Maturity, "Statement met");
        var evidence = book.Column(SheetNames.Maturity, "Evidence");
        Assert.All(workforce, i => Assert.Equal(("Developing +", "Maturing"), (stages[i], targets[i])));
        var mapped = TestModel.Model.FindStatement($"{Strand}.maturing.skills-mapping")!.Statement.Text;
        Assert.Equal(mapped, statements[workforce[^1]]);
        Assert.Equal("RoleMapper: 212 of 240 roles mapped; https://intranet.example/workforce-plan", evidence[workforce[^1]]);
        // A strand with nothing met still shows where it stands.
        var procurement = strands.ToList().IndexOf("Procurement");
        Assert.Equal(("Early", "Not set", "None met yet", ""), (stages[procurement], targets[procurement], statements[procurement], evidence[procurement]));
    }

    [Fact]
    public void Summary_ExplainsTheMaturitySheet_OnlyWhenThereIsOne()
    {
        using var with = Exported.Of(A.CouncilMap.WithMaturity(Section()));
        using var without = Exported.Of(A.CouncilMap);

        static bool Explains(Exported book) => book.Sheet(SheetNames.Summary).Column(1).CellsUsed()
            .Any(c => c.GetString().StartsWith("Maturity shows", StringComparison.Ordinal));

        Assert.True(Explains(with));
        Assert.False(Explains(without));
    }
}
