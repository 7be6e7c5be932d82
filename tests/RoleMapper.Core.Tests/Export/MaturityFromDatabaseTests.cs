using RoleMapper.Core.Tests.Maturity;

namespace RoleMapper.Core.Tests.Export;

/// <summary>
/// The Maturity sheet end to end: a council's stored assessments, read by <see cref="MaturityExportSection"/>, given to
/// <see cref="CouncilMapWorkbook"/> and read back with ClosedXML. This is how the database-built Excel map takes it.
/// </summary>
public abstract class MaturityFromDatabaseTests(DatabaseProvider provider)
{
    public sealed class OnSqlite() : MaturityFromDatabaseTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : MaturityFromDatabaseTests(DatabaseProvider.Postgres);

    private const string Workforce = "workforce-development";

    [Fact]
    public async Task LatestStoredAssessment_ReadsBackFromTheWorkbooksMaturitySheet()
    {
        await using var database = await TestDatabase.CreateAsync(provider: provider);
        await using var db = await database.NewCouncilContextAsync();
        db.AddAssessment(new DateOnly(2025, 11, 3), TestModel.Met("procurement", "developing"));
        var latest = db.AddAssessment(new DateOnly(2026, 11, 2), TestModel.Met(Workforce, "developing maturing.skills-mapping"),
            new Dictionary<string, MaturityLevel> { [Workforce] = MaturityLevel.Mature },
            new Dictionary<string, string> { [$"{Workforce}.maturing.skills-mapping"] = "212 of 240 roles mapped" });
        latest.Met.Single(m => m.StatementId == $"{Workforce}.maturing.skills-mapping").Links = ["https://intranet.example/map"];
        await db.SaveChangesAsync();

        var section = await MaturityExportSection.LoadAsync(db, TestModel.Model);
        using var book = Exported.Of(A.CouncilMap with { Maturity = section });

        var strands = book.Column(SheetNames.Maturity, "Strand");
        var stages = book.Column(SheetNames.Maturity, "Current stage");
        var targets = book.Column(SheetNames.Maturity, "Target stage");
        var statements = book.Column(SheetNames.Maturity, "Statement met");
        var evidence = book.Column(SheetNames.Maturity, "Evidence");
        var workforce = Enumerable.Range(0, strands.Count).Where(i => strands[i] == "Workforce Development").ToList();
        Assert.Equal(new DateTime(2026, 11, 2), book.Summary("Maturity self-assessment date").GetDateTime());
        Assert.Equal(TestModel.Model.Strands.Select(s => s.Title), strands.Distinct());
        Assert.Equal(5, workforce.Count);
        Assert.All(workforce, i => Assert.Equal(("Developing +", "Mature"), (stages[i], targets[i])));
        Assert.Equal(TestModel.Model.FindStatement($"{Workforce}.maturing.skills-mapping")!.Statement.Text, statements[workforce[^1]]);
        Assert.Equal("212 of 240 roles mapped\nhttps://intranet.example/map", evidence[workforce[^1]]);
        // The older assessment met Procurement's Developing statements; the latest did not, so the sheet must not show them.
        var procurement = strands.ToList().IndexOf("Procurement");
        Assert.Equal(("Early", "None met yet"), (stages[procurement], statements[procurement]));
    }

    [Fact]
    public async Task CouncilThatNeverAssessedItself_GetsNoMaturitySheet()
    {
        await using var database = await TestDatabase.CreateAsync(provider: provider);
        await using var db = await database.NewCouncilContextAsync();

        var section = await MaturityExportSection.LoadAsync(db, TestModel.Model);
        using var book = Exported.Of(A.CouncilMap with { Maturity = section });

        Assert.DoesNotContain(SheetNames.Maturity, book.SheetOrder);
    }
}
