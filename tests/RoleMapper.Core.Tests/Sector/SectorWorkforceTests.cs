using RoleMapper.Core.Accounts;
using RoleMapper.Core.Sector;

namespace RoleMapper.Core.Tests.Sector;

/// <summary>The sector's most common skills gaps and most-mapped standards, on a fresh database per test.</summary>
public abstract class SectorWorkforceTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : SectorWorkforceTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : SectorWorkforceTests(DatabaseProvider.Postgres);

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider: provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    /// <summary>A new council with whatever <paramref name="seed"/> adds to its workspace.</summary>
    private async Task CouncilAsync(Action<Data.RoleMapperDbContext> seed, OrganisationStatus status = OrganisationStatus.Verified)
    {
        await using var db = await database.NewCouncilContextAsync();
        seed(db);
        await db.SaveChangesAsync();
        await db.Organisations.Where(o => o.Id == db.CurrentOrganisationId).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, status));
    }

    private async Task<SectorWorkforce> LoadAsync()
    {
        await using var db = database.NewContext();
        return await SectorWorkforce.LoadAsync(db);
    }

    [Fact]
    public async Task GapsByServiceArea_ShowOnlyAreasOfFiveCouncils_MatchedIgnoringCaseAndSpaces()
    {
        string[] spellings = ["Waste", "waste ", "Waste", "WASTE", "Waste"];
        foreach (var (spelling, i) in spellings.Select((s, i) => (s, i)))
        {
            await CouncilAsync(db =>
            {
                db.AddGap(serviceArea: spelling, hardToFill: i == 0, successionRisk: true);
                db.AddGap(serviceArea: spelling, status: GapStatus.Closed, hardToFill: true);
                if (i < 4)
                {
                    db.AddGap(serviceArea: "Planning");
                }
            });
        }
        // A gap against a role takes the role's service area.
        await CouncilAsync(db => db.AddGap(serviceArea: null, role: db.AddRole("Planner", serviceArea: "Planning")));

        var sector = await LoadAsync();

        Assert.Equal(6, sector.CouncilsWithGaps);
        Assert.Equal(
            [new ServiceAreaGaps("Planning", 5, 5, 0, 0), new ServiceAreaGaps("Waste", 5, 5, 1, 5)],
            sector.GapsByServiceArea.OrderBy(g => g.ServiceArea));
    }

    [Fact]
    public async Task GapsOfFourCouncils_ShowNoAreaAndNoTotal()
    {
        for (var i = 0; i < 4; i++)
        {
            await CouncilAsync(db => db.AddGap(serviceArea: "Waste"));
        }
        // Closed gaps are not current gaps, so this council does not count.
        await CouncilAsync(db => db.AddGap(serviceArea: "Waste", status: GapStatus.Closed));

        var sector = await LoadAsync();

        Assert.Null(sector.CouncilsWithGaps);
        Assert.Empty(sector.GapsByServiceArea);
    }

    [Fact]
    public async Task MostMappedStandards_CountPrimaryStandardsOfFiveCouncils_MostCouncilsFirst()
    {
        await database.ImportAsync(RepoPaths.SmallNewFeed);
        for (var i = 0; i < 6; i++)
        {
            await CouncilAsync(db =>
            {
                db.AddRole("Accountant", MappingStatus.Confirmed, standard: "ST0001");
                db.AddRole("Finance officer", MappingStatus.Confirmed, standard: "ST0001");
                if (i < 5)
                {
                    db.AddRole("Assistant accountant", MappingStatus.Confirmed, standard: "ST0002");
                }
                if (i < 4)
                {
                    db.AddRole("Technician", MappingStatus.Confirmed, standard: "ST0003");
                }
                // An alternative standard is not the role's mapping.
                db.AddRole("Auditor", MappingStatus.Confirmed, standard: "ST0004").Standards[0].Kind = RoleStandardKind.Alternative;
            });
        }

        var sector = await LoadAsync();

        Assert.Equal(6, sector.CouncilsWithMappings);
        Assert.Equal(
            [new MappedStandard("ST0001", "Accountancy or taxation professional", 7, 6, 12), new MappedStandard("ST0002", "Assistant accountant", 3, 5, 5)],
            sector.MostMappedStandards);
    }

    [Fact]
    public async Task MappingsOfFourCouncils_ShowNoStandardAndNoTotal()
    {
        for (var i = 0; i < 4; i++)
        {
            await CouncilAsync(db => db.AddRole("Accountant", MappingStatus.Confirmed, standard: "ST0001"));
        }

        var sector = await LoadAsync();

        Assert.Null(sector.CouncilsWithMappings);
        Assert.Empty(sector.MostMappedStandards);
    }

    [Theory]
    [InlineData(OrganisationStatus.Unverified)]
    [InlineData(OrganisationStatus.Suspended)]
    public async Task ACouncilNotVerified_CountsInNoFigure_SoFourVerifiedAreTooFew(OrganisationStatus status)
    {
        for (var i = 0; i < 5; i++)
        {
            await CouncilAsync(db =>
            {
                db.AddGap(serviceArea: "Waste");
                db.AddRole("Accountant", MappingStatus.Confirmed, standard: "ST0001");
            }, i == 0 ? status : OrganisationStatus.Verified);
        }

        var sector = await LoadAsync();

        Assert.Equal((null, null), (sector.CouncilsWithGaps, sector.CouncilsWithMappings));
        Assert.Empty(sector.GapsByServiceArea);
        Assert.Empty(sector.MostMappedStandards);
    }
}
