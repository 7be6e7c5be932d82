using RoleMapper.Core.Mot;
using RoleMapper.Core.Programme;
using RoleMapper.Core.Tests.Maturity;

namespace RoleMapper.Core.Tests.Export;

/// <summary>The Programme and MOT sheets end to end: stored figures and a published MOT, written and read back.</summary>
public sealed class ProgrammeAndMotSheetsTests
{
    [Fact]
    public async Task ProgrammeYearsAndThePublishedMot_ReadBackFromTheirSheets_WithHostileTextKeptAsText()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.NewCouncilContextAsync();
        db.ProgrammeYears.Add(new ProgrammeYear { Year = 2025, Headcount = 2000, StartsNewRecruits = 20, StartsExistingStaff = 26, LevyPaid = 300_000m, LevySpent = 150_000.5m });
        await db.SaveChangesAsync();
        var council = db.CurrentOrganisationId!.Value;
        int id;
        await using (var scope = database.Services.CreateAsyncScope())
        {
            var mots = scope.ServiceProvider.GetRequiredService<MotReviews>();
            id = (await mots.StartAsync(council, "adviser"))!.Value;
            Assert.Empty(await mots.SaveAsync(id, new MotInput(new DateOnly(2026, 9, 1), 2025,
                new Dictionary<string, (MaturityLevel?, string?)> { ["workforce-development"] = (MaturityLevel.Maturing, "=HYPERLINK(\"http://evil.example\")") },
                "@SUM(A1) first", "Workshop")));
            Assert.True(await mots.PublishAsync(id, "adviser"));
        }

        var (map, _) = await CouncilMapQuery.BuildAsync(db, TestModel.Model, "hr", new DateTime(2026, 9, 2, 9, 0, 0, DateTimeKind.Utc), default);
        using var book = Exported.Of(map);

        Assert.Equal(["2025-26"], book.Column(SheetNames.Programme, "Year"));
        Assert.Equal(["2.3"], book.Column(SheetNames.Programme, "Starts % of headcount"));
        Assert.Equal(["50"], book.Column(SheetNames.Programme, "Levy spend %"));
        var strands = book.Column(SheetNames.Mot, "Strand");
        var lga = book.Column(SheetNames.Mot, "LGA assessment");
        var comments = book.Column(SheetNames.Mot, "Comment");
        var workforce = strands.ToList().IndexOf("Workforce Development");
        Assert.Equal(("Maturing", "=HYPERLINK(\"http://evil.example\")"), (lga[workforce], comments[workforce]));
        Assert.Contains(SheetNames.Mot, book.SheetOrder);
        Assert.DoesNotContain(book.Workbook.Worksheet(SheetNames.Mot).CellsUsed(), c => c.HasFormula);
    }
}
