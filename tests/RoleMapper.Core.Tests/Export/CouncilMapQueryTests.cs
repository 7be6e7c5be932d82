using RoleMapper.Core.Accounts;
using RoleMapper.Core.Tests.Maturity;

namespace RoleMapper.Core.Tests.Export;

/// <summary>
/// The map built from a real database: a council's roles are mapped while the older small feed is current, then the
/// newer one is imported (ST0002 moves from 1.2 to 2.0, ST0108 loses its only approved version, ST0116 moves from
/// 1.1 to 1.2, ST0070 does not change).
/// </summary>
public abstract class CouncilMapQueryTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : CouncilMapQueryTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : CouncilMapQueryTests(DatabaseProvider.Postgres);

    private TestDatabase database = null!;
    private int councilId;
    // Imports and exports on one fake clock, a little after the newer feed's date.
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 30, 23, 30, 0, TimeSpan.Zero));

    public async Task InitializeAsync()
    {
        // The newer feed's import refreshes every role's suggestion: the matcher still suggests ST0018 for the crop technician.
        var matcher = Matchers.Fake().Suggests("Crop technician", Matchers.Candidate("ST0018", Confidence.High));
        database = await TestDatabase.CreateAsync(configure: s => s.AddSingleton(matcher.Object).AddSingleton<TimeProvider>(clock), provider: provider);
        await database.ImportAsync(RepoPaths.SmallOldFeed);
        await using (var db = await database.NewCouncilContextAsync("Mid Wessex Council", OrganisationType.Unitary, EnglishRegion.NorthWest))
        {
            councilId = db.CurrentOrganisationId!.Value;
            db.JobRoles.AddRange(
                Seed.Role("Assistant accountant", headcount: 4).ConfirmedAs("ST0002", "ST0003"),
                Seed.Role("Finance apprentice", headcount: 2).ConfirmedAs("ST0070", "ST0002"),
                Seed.Role("Dental technician", "Public health", headcount: null).ConfirmedAs("ST0108"),
                Seed.Role("Developer", "ICT", headcount: 6).ConfirmedAs("ST0116"),
                Seed.Role("Crop technician", "Parks").SuggestedAs("ST0018"),
                Seed.Role("Caretaker", "Property", headcount: 3));
            await db.SaveChangesAsync();
        }
        await database.ImportAsync(RepoPaths.SmallNewFeed);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private RoleMapperDbContext Council()
    {
        var db = database.NewContext();
        db.ScopeToOrganisation(councilId);
        return db;
    }

    private async Task<CouncilMap> BuildAsync()
    {
        await using var db = Council();
        return (await CouncilMapQuery.BuildAsync(db, TestModel.Model, "hr@council.example", clock.GetUtcNow().UtcDateTime, default)).Map;
    }

    [Fact]
    public async Task Build_RoleRows_CarryTheCurrentVersionOfTheirStandard()
    {
        var map = await BuildAsync();

        var accountant = map.Roles.Single(r => r.Title == "Assistant accountant");
        Assert.Equal(("ST0002", "Assistant accountant", "Approved for delivery"), (accountant.StandardReference, accountant.StandardTitle, accountant.StandardStatus));
        Assert.Equal(["ST0003 Professional accounting technician (level 4)"], accountant.AlternativeStandards);
        Assert.Equal(("High", "pat.jones@council.example", Seed.When), (accountant.Confidence, accountant.ConfirmedBy, accountant.ConfirmedAtUtc));
        Assert.StartsWith("https://", accountant.StandardPageUrl, StringComparison.Ordinal);
        Assert.Equal("Retired", map.Roles.Single(r => r.Title == "Dental technician").StandardStatus);
        var suggested = map.Roles.Single(r => r.Title == "Crop technician");
        Assert.Equal((MappingStatus.Suggested, "ST0018", "High", null), (suggested.Status, suggested.StandardReference, suggested.Confidence, suggested.ConfirmedBy));
        var unmapped = map.Roles.Single(r => r.Title == "Caretaker");
        Assert.Null(unmapped.StandardReference);
        Assert.Null(unmapped.StandardStatus);
        Assert.Equal(("Mid Wessex Council", "Unitary authority", "North West"), (map.CouncilName, map.CouncilType, map.Region));
        Assert.Equal(new DateOnly(2026, 8, 22), map.FeedDate);
    }

    [Fact]
    public async Task Build_FirstExport_ListsFeedChangesToMappedStandards()
    {
        var map = await BuildAsync();

        var changes = map.Changes.OrderBy(c => c.StandardReference).Select(c => (c.StandardReference, c.Kind, string.Join("; ", c.RolesAffected))).ToList();
        Assert.Equal(
        [
            ("ST0002", FeedChangeKind.NewVersion, "Assistant accountant; Finance apprentice"),
            ("ST0003", FeedChangeKind.NewVersion, "Assistant accountant"),
            ("ST0108", FeedChangeKind.Retired, "Dental technician"),
            ("ST0116", FeedChangeKind.NewVersion, "Developer"),
        ], changes);
        Assert.All(map.Changes, c => Assert.Equal(new DateOnly(2026, 8, 22), c.ChangedOn));
    }

    [Fact]
    public async Task Build_AfterAnExport_ListsOnlyLaterChanges()
    {
        await using (var db = Council())
        {
            var made = await MapExports.MakeAsync(db, TestModel.Model, clock, null, "hr@council.example", default);
            db.MapExports.Add(made.Export);
            await db.SaveChangesAsync();
            Assert.NotEmpty(made.Map.Changes);
        }

        var again = await BuildAsync();

        Assert.Empty(again.Changes);
    }

    [Fact]
    public async Task Build_FirstExport_IgnoresImportsOlderThanTheLookback()
    {
        clock.Advance(TimeSpan.FromDays(93));

        var map = await BuildAsync();

        Assert.Empty(map.Changes);
    }

    [Fact]
    public async Task Build_SkillsGaps_NameTheirRoleOrServiceArea()
    {
        await using (var db = Council())
        {
            var developer = await db.JobRoles.SingleAsync(r => r.Title == "Developer");
            var gap = Seed.Gap("Cloud skills", developer, priority: GapPriority.High);
            gap.LinkedStandards = ["ST0116"];
            db.SkillsGaps.AddRange(gap, Seed.Gap("Approved mental health professionals", serviceArea: "Adult social care"));
            await db.SaveChangesAsync();
        }

        var map = await BuildAsync();

        Assert.Equal(
            [("Approved mental health professionals", "Adult social care", ""), ("Cloud skills", "Developer", "ST0116 Software developer (level 4)")],
            map.SkillsGaps.OrderBy(g => g.Description).Select(g => (g.Description, g.RoleOrServiceArea, string.Join(",", g.LinkedStandards))));
        Assert.Equal(GapPriority.High, map.SkillsGaps.Single(g => g.Description == "Cloud skills").Priority);
    }

    [Fact]
    public async Task Make_WritesTheMapFromTheDatabase_WithNoFormulaFromUserText()
    {
        await using var db = Council();
        db.JobRoles.Add(Seed.Role("=HYPERLINK(\"http://x\",\"y\")", "Waste"));
        db.SkillsGaps.Add(Seed.Gap("+1+1", serviceArea: "-Waste"));
        await db.SaveChangesAsync();

        var made = await MapExports.MakeAsync(db, TestModel.Model, clock, "user-1", "hr@council.example", default);

        using var file = ExportedMap.Open(made.Export.Content);
        Assert.Empty(file.Formulas());
        Assert.Equal(["Summary", "Role map", "Skills gaps", "Standards used", "Changes since last export"], file.SheetNames);
        Assert.Contains("=HYPERLINK(\"http://x\",\"y\")", file.Column("Role map", "Role"));
        Assert.Equal(("+1+1", "-Waste"), (file.Column("Skills gaps", "Skills gap").Single(), file.Column("Skills gaps", "Role or service area").Single()));
        Assert.Equal(0.57, file.Summary("Coverage by roles").GetDouble(), 6);
        Assert.Equal(0.70, file.Summary("Coverage by headcount").GetDouble(), 6);
        Assert.Equal(["ST0116", "ST0002", "ST0070", "ST0108"], file.Column("Standards used", "Standard reference"));
        Assert.Equal(["6", "4", "2", "0"], file.Column("Standards used", "Posts"));
        Assert.Equal(["New version", "New version", "Retired", "New version"], file.Column("Changes since last export", "What changed"));
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(made.Export.Content)), made.Export.Sha256);
        Assert.Equal(made.Export.Content.Length, made.Export.SizeBytes);
        // 23:30 UTC on 30 September is already October in London (BST).
        Assert.Equal("RoleMapper - Mid Wessex Council - 2026-10.xlsx", made.Export.FileName);
        Assert.Equal(await db.ImportRuns.MaxAsync(r => r.Id), made.Export.ImportRunId);
    }

    [Fact]
    public async Task Make_AfterASelfAssessment_AddsTheMaturitySheetOfTheLatestOne()
    {
        await using var db = Council();
        db.AddAssessment(new DateOnly(2025, 11, 3), TestModel.Met("procurement", "developing"));
        db.AddAssessment(new DateOnly(2026, 11, 2), TestModel.Met("workforce-development", "developing"));
        await db.SaveChangesAsync();

        var made = await MapExports.MakeAsync(db, TestModel.Model, clock, null, "hr@council.example", default);

        using var file = ExportedMap.Open(made.Export.Content);
        Assert.Equal("Maturity", file.SheetNames[^1]);
        Assert.Equal(new DateTime(2026, 11, 2), file.Summary("Maturity self-assessment date").GetDateTime());
        var stages = file.Rows("Maturity").Select(r => (r["Strand"].GetString(), r["Current stage"].GetString())).Distinct().ToList();
        Assert.Contains(("Workforce Development", "Developing"), stages);
        Assert.Contains(("Procurement", "Early"), stages);
    }

    [Fact]
    public async Task Build_SeesOnlyTheScopedCouncil()
    {
        await using (var other = await database.NewCouncilContextAsync())
        {
            other.JobRoles.Add(Seed.Role("Other council's role").ConfirmedAs("ST0002"));
            other.SkillsGaps.Add(Seed.Gap("Other council's gap"));
            await other.SaveChangesAsync();
        }

        var map = await BuildAsync();

        Assert.Equal(6, map.Roles.Count);
        Assert.DoesNotContain(map.Roles, r => r.Title.StartsWith("Other", StringComparison.Ordinal));
        Assert.Empty(map.SkillsGaps);
        Assert.DoesNotContain(map.Changes.SelectMany(c => c.RolesAffected), t => t.StartsWith("Other", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Build_UnscopedContext_Throws()
    {
        await using var db = database.NewContext();

        await Assert.ThrowsAsync<InvalidOperationException>(() => CouncilMapQuery.BuildAsync(db, TestModel.Model, "x", clock.GetUtcNow().UtcDateTime, default));
    }
}
