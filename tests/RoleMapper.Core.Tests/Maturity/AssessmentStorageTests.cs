namespace RoleMapper.Core.Tests.Maturity;

/// <summary>Assessments saved and read back through the database: their JSON columns, their order, and the export's section reading only the council's own (the section itself: Export/MaturityFromDatabaseTests).</summary>
public abstract class AssessmentStorageTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : AssessmentStorageTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : AssessmentStorageTests(DatabaseProvider.Postgres);

    private const string Workforce = "workforce-development";
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider: provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task SavedAssessment_ReadsBackWithItsEvidenceLinksAndTargets()
    {
        await using var db = await database.NewCouncilContextAsync();
        var record = db.AddAssessment(new DateOnly(2026, 3, 1), TestModel.Met(Workforce, "developing"),
            new Dictionary<string, MaturityLevel> { [Workforce] = MaturityLevel.Maturing, ["engagement"] = MaturityLevel.Developing });
        record.Met[0].Evidence = "Workforce plan, section 3";
        record.Met[0].Links = ["https://intranet.example/plan", "https://intranet.example/board"];
        await db.SaveChangesAsync();

        await using var reader = database.NewContext();
        reader.ScopeToOrganisation(record.OrganisationId);
        var read = await reader.MaturityAssessments.AsNoTracking().SingleAsync();
        var assessment = read.ToAssessment();

        Assert.Equal(new DateOnly(2026, 3, 1), assessment.AssessedOn);
        Assert.Equal(TestModel.Met(Workforce, "developing"), assessment.MetStatementIds);
        Assert.Equal(MaturityLevel.Maturing, assessment.TargetFor(TestModel.Strand(Workforce)));
        Assert.Equal(MaturityLevel.Developing, assessment.TargetFor(TestModel.Strand("engagement")));
        Assert.Null(assessment.TargetFor(TestModel.Strand("procurement")));
        Assert.Equal("Developing", assessment.StageOf(TestModel.Strand(Workforce)).DisplayText);
        Assert.Equal("Workforce plan, section 3\nhttps://intranet.example/plan\nhttps://intranet.example/board",
            read.EvidenceById()[read.Met[0].StatementId]);
        Assert.Single(read.EvidenceById());
    }

    [Fact]
    public async Task NewestFirst_GoesByDateAssessed_ThenBySaveOrder_AndBeforeIsWhatFollows()
    {
        await using var db = await database.NewCouncilContextAsync();
        var march = db.AddAssessment(new DateOnly(2026, 3, 1), []);
        var januaryEnteredLater = db.AddAssessment(new DateOnly(2026, 1, 5), []);
        await db.SaveChangesAsync();
        var marchAgain = db.AddAssessment(new DateOnly(2026, 3, 1), []);
        await db.SaveChangesAsync();

        var order = await db.MaturityAssessments.NewestFirst().Select(a => a.Id).ToListAsync();
        var beforeMarch = await db.MaturityAssessments.Before(march).NewestFirst().Select(a => a.Id).ToListAsync();

        Assert.Equal([marchAgain.Id, march.Id, januaryEnteredLater.Id], order);
        Assert.Equal([januaryEnteredLater.Id], beforeMarch);
    }

    [Fact]
    public async Task ExportSection_NeverReadsAnotherCouncilsAssessment()
    {
        await using (var other = await database.NewCouncilContextAsync())
        {
            other.AddAssessment(new DateOnly(2026, 1, 1), TestModel.Met(Workforce, "developing"));
            await other.SaveChangesAsync();
        }
        await using var db = await database.NewCouncilContextAsync();

        Assert.Null(await MaturityExportSection.LoadAsync(db, TestModel.Model));
    }
}
