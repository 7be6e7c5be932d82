namespace RoleMapper.Core.Tests.Maturity;

/// <summary>The figures beside the Workforce Development statements, read from a seeded council's rows.</summary>
public abstract class MaturityEvidenceFiguresTests(DatabaseProvider provider)
{
    public sealed class OnSqlite() : MaturityEvidenceFiguresTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : MaturityEvidenceFiguresTests(DatabaseProvider.Postgres);

    [Fact]
    public async Task Figures_CountThisCouncilsRoles_GapsAndExports_ByTheExcelMapsRules()
    {
        await using var database = await TestDatabase.CreateAsync(provider: provider);
        await using var db = await database.NewCouncilContextAsync();
        db.AddRole("Another council's role", MappingStatus.Confirmed, headcount: 500, standard: "ST0001");
        db.AddGap(successionRisk: true);
        db.AddExport(new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        await db.SaveChangesAsync();

        await using var ours = await database.NewCouncilContextAsync();
        var loader = ours.AddRole("Refuse loader", MappingStatus.Confirmed, headcount: 30, standard: "ST0001");
        ours.AddRole("Driver", MappingStatus.Confirmed, headcount: 10, standard: "ST0002", needsReview: true);
        // Confirmed with no standard, and a suggestion: neither counts as covered.
        ours.AddRole("Planner", MappingStatus.Confirmed, headcount: 5);
        ours.AddRole("Gardener", MappingStatus.Suggested, headcount: 15, standard: "ST0003");
        ours.AddRole("Clerk", headcount: null);
        ours.AddGap(hardToFill: true, successionRisk: true, role: loader, linkedStandards: "ST0001");
        ours.AddGap(status: GapStatus.PlanInPlace, successionRisk: true);
        ours.AddGap(status: GapStatus.Closed, hardToFill: true, successionRisk: true);
        ours.AddGap(status: GapStatus.PlanInPlace, hardToFill: true);
        ours.AddExport(new DateTime(2026, 1, 10, 9, 0, 0, DateTimeKind.Utc));
        ours.AddExport(new DateTime(2026, 2, 10, 23, 30, 0, DateTimeKind.Utc));
        await ours.SaveChangesAsync();

        var figures = await MaturityEvidenceFigures.LoadAsync(ours);

        Assert.Equal((5, 2, 60L, 40L, 1, 1), (figures.Map.Roles, figures.Map.RolesConfirmed, figures.Map.Headcount,
            figures.Map.HeadcountConfirmed, figures.Map.NeedsReview, figures.Map.RolesWithoutHeadcount));
        Assert.Equal(0.4, figures.Map.CoverageByRoles);
        Assert.Equal(40.0 / 60, figures.Map.CoverageByHeadcount);
        Assert.Equal((4, 1, 2, 1), (figures.GapsRecorded, figures.GapsOpen, figures.GapsPlanInPlace, figures.GapsClosed));
        // Hard to fill and succession risk count gaps not closed; "addressed" counts the closed one too.
        Assert.Equal((2, 2), (figures.HardToFill, figures.SuccessionRisk));
        Assert.Equal((3, 1, 2, 1), (figures.SuccessionRiskRecorded, figures.SuccessionRiskOpen, figures.SuccessionRiskAddressed, figures.SuccessionRiskWithoutStandard));
        Assert.Equal(new DateTime(2026, 2, 10, 23, 30, 0, DateTimeKind.Utc), figures.LastExportUtc);
    }

    [Fact]
    public async Task Figures_OfACouncilWithNothingYet_AreZeroWithNoCoverage()
    {
        await using var database = await TestDatabase.CreateAsync(provider: provider);
        await using var db = await database.NewCouncilContextAsync();

        var figures = await MaturityEvidenceFigures.LoadAsync(db);

        Assert.Equal(0, figures.Map.Roles);
        Assert.Null(figures.Map.CoverageByRoles);
        Assert.Equal(0, figures.GapsRecorded);
        Assert.Null(figures.LastExportUtc);
    }

    [Fact]
    public async Task Figures_WithNoCurrentCouncil_SeeNothing()
    {
        await using var database = await TestDatabase.CreateAsync(provider: provider);
        await using (var db = await database.NewCouncilContextAsync())
        {
            db.AddRole("Refuse loader", MappingStatus.Confirmed, standard: "ST0001");
            await db.SaveChangesAsync();
        }
        await using var unscoped = database.NewContext();

        Assert.Equal(0, (await MaturityEvidenceFigures.LoadAsync(unscoped)).Map.Roles);
    }
}
