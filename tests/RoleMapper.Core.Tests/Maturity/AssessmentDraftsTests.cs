namespace RoleMapper.Core.Tests.Maturity;

/// <summary>The assessment taken one strand a step: the draft in the database, and the last step that saves and deletes it.</summary>
public abstract class AssessmentDraftsTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : AssessmentDraftsTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : AssessmentDraftsTests(DatabaseProvider.Postgres);

    private static readonly DateTimeOffset Now = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider: provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static AssessmentStep Step(string strandId, MaturityLevel? target = null, string? date = null, params string[] met) =>
        new(TestModel.Strand(strandId), [.. met.Select(id => new DraftStatementRecord { StatementId = id, Met = true })], target, date);

    private static AssessmentDrafts Drafts(RoleMapperDbContext db) => new(db, new FakeTimeProvider(Now));

    [Fact]
    public async Task SaveStep_StartsFromTheLatestAssessment_AndReplacesOnlyItsStrand()
    {
        await using var db = await database.NewCouncilContextAsync();
        db.AddAssessment(new DateOnly(2026, 1, 5), ["procurement.developing.approach", "engagement.developing.esfa"],
            new Dictionary<string, MaturityLevel> { ["procurement"] = MaturityLevel.Mature });
        await db.SaveChangesAsync();

        // The step unticks Procurement's statement and clears its target; Engagement's is untouched.
        await Drafts(db).SaveStepAsync(Step("procurement"), "user-1", CancellationToken.None);
        await Drafts(db).SaveStepAsync(Step("leadership-culture", MaturityLevel.Maturing, null, "leadership-culture.developing.policy", "procurement.developing.approach"), "user-1", CancellationToken.None);

        var draft = await Drafts(db).OpenAsync(CancellationToken.None);
        Assert.Equal(["engagement.developing.esfa", "leadership-culture.developing.policy"], draft.Statements.Select(s => s.StatementId));
        Assert.Equal([("leadership-culture", MaturityLevel.Maturing)], draft.Targets.Select(t => (t.StrandId, t.Target)));
        Assert.Equal((Now.UtcDateTime, "user-1"), (draft.SavedUtc, draft.SavedByUserId));
        Assert.Equal(1, await db.MaturityAssessmentDrafts.CountAsync());
    }

    [Fact]
    public async Task Finish_WithProblems_WritesNothing_AndTheDraftKeepsTheEarlierSteps()
    {
        await using var db = await database.NewCouncilContextAsync();
        await Drafts(db).SaveStepAsync(Step("leadership-culture", met: "leadership-culture.developing.policy"), null, CancellationToken.None);
        MaturityAssessmentDraft? seen = null;

        var record = await Drafts(db).FinishAsync(Step("engagement", date: "2026-03-01", met: "engagement.developing.esfa"),
            draft => { seen = draft; return null; }, null, null, CancellationToken.None);

        Assert.Null(record);
        // The check saw the whole draft with the last step applied.
        Assert.Equal(["leadership-culture.developing.policy", "engagement.developing.esfa"], seen!.Statements.Select(s => s.StatementId));
        await using var reader = database.NewContext();
        reader.ScopeToOrganisation(seen.OrganisationId);
        Assert.False(await reader.MaturityAssessments.AnyAsync());
        var kept = await reader.MaturityAssessmentDrafts.SingleAsync();
        Assert.Equal(["leadership-culture.developing.policy"], kept.Statements.Select(s => s.StatementId));
        Assert.Null(kept.AssessedOn);
    }

    [Fact]
    public async Task Finish_SavesTheAssessment_AndDeletesTheDraft()
    {
        await using var db = await database.NewCouncilContextAsync();
        await Drafts(db).SaveStepAsync(Step("leadership-culture", met: "leadership-culture.developing.policy"), null, CancellationToken.None);

        var record = await Drafts(db).FinishAsync(Step("engagement", date: "2026-03-01"),
            draft => new MaturityAssessmentRecord
            {
                AssessedOn = DateOnly.Parse(draft.AssessedOn!, System.Globalization.CultureInfo.InvariantCulture),
                Met = [.. draft.Statements.Select(s => new MetStatementRecord { StatementId = s.StatementId })],
            },
            "user-1", "hr@example.gov.uk", CancellationToken.None);

        await using var reader = database.NewContext();
        reader.ScopeToOrganisation(record!.OrganisationId);
        var saved = await reader.MaturityAssessments.SingleAsync();
        Assert.Equal((new DateOnly(2026, 3, 1), Now.UtcDateTime, "hr@example.gov.uk"), (saved.AssessedOn, saved.SavedUtc, saved.SavedByName));
        Assert.Equal(["leadership-culture.developing.policy"], saved.Met.Select(m => m.StatementId));
        Assert.False(await reader.MaturityAssessmentDrafts.AnyAsync());
    }
}
