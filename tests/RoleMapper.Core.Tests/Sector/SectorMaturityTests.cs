using RoleMapper.Core.Accounts;
using RoleMapper.Core.Sector;
using RoleMapper.Core.Tests.Maturity;

namespace RoleMapper.Core.Tests.Sector;

/// <summary>Average stages across councils, on a fresh database so every group's size is known exactly.</summary>
public abstract class SectorMaturityTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : SectorMaturityTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : SectorMaturityTests(DatabaseProvider.Postgres);

    private const string Workforce = "workforce-development";
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider: provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    /// <summary>A council of this type and region whose latest assessment meets <paramref name="workforceSpec"/>.</summary>
    private async Task<int> AssessedCouncilAsync(OrganisationType type, EnglishRegion region, string workforceSpec,
        MaturityLevel? target = null, DateOnly? on = null)
    {
        await using var db = database.NewContext();
        var id = await db.AddCouncilAsync(type: type, region: region);
        db.ScopeToOrganisation(id);
        var targets = target is { } t ? new Dictionary<string, MaturityLevel> { [Workforce] = t } : null;
        db.AddAssessment(on ?? new DateOnly(2026, 3, 1), TestModel.Met(Workforce, workforceSpec), targets);
        await db.SaveChangesAsync();
        return id;
    }

    private async Task<SectorMaturity> LoadAsync()
    {
        await using var db = database.NewContext();
        return await SectorMaturity.LoadAsync(db, TestModel.Model);
    }

    private static StrandAverage WorkforceOf(StageAverages group) => group.Strands.Single(s => s.Strand.Id == Workforce);

    [Fact]
    public async Task GroupsOfFourCouncils_AreHidden_GroupsOfFive_AreShown()
    {
        for (var i = 0; i < 4; i++)
        {
            await AssessedCouncilAsync(OrganisationType.Metropolitan, EnglishRegion.NorthEast, "developing maturing", MaturityLevel.Mature);
        }
        // A fifth metropolitan council elsewhere: the two small regions together are 5, so neither can be found by subtraction.
        await AssessedCouncilAsync(OrganisationType.Metropolitan, EnglishRegion.NorthWest, "developing maturing", MaturityLevel.Mature);
        // Stages 0, 1, 1, 2, 3: an average of 1.4.
        string[] specs = ["", "developing", "developing maturing.communication", "developing maturing", "developing maturing mature"];
        foreach (var spec in specs)
        {
            await AssessedCouncilAsync(OrganisationType.County, EnglishRegion.SouthEast, spec, MaturityLevel.Mature);
        }

        var sector = await LoadAsync();

        foreach (var small in new[] { sector.ByRegion[EnglishRegion.NorthWest], sector.ByRegion[EnglishRegion.NorthEast] })
        {
            Assert.False(small.IsShown);
            Assert.Null(small.Councils);
            Assert.All(small.Strands, s => Assert.Equal((null, null), (s.Current, s.Target)));
        }
        foreach (var five in new[] { sector.ByType[OrganisationType.County], sector.ByRegion[EnglishRegion.SouthEast] })
        {
            Assert.Equal(5, five.Councils);
            Assert.Equal(1.4, WorkforceOf(five).Current!.Value, precision: 6);
            Assert.Equal(3.0, WorkforceOf(five).Target);
        }
        Assert.Equal(10, sector.National.Councils);
        Assert.Equal((5 * 2 + 7) / 10.0, WorkforceOf(sector.National).Current!.Value, precision: 6);
        // Every other group has no councils at all, and is hidden like any small one.
        Assert.False(sector.ByType[OrganisationType.District].IsShown);
        Assert.Equal("County council", sector.ByType[OrganisationType.County].Name);
    }

    [Fact]
    public async Task ARegionThatWouldGiveAwayTheRestBySubtraction_IsHidden()
    {
        // National 7 minus South East 5 would be London's 2: the old rule showed both.
        for (var i = 0; i < 5; i++)
        {
            await AssessedCouncilAsync(OrganisationType.County, EnglishRegion.SouthEast, "developing");
        }
        for (var i = 0; i < 2; i++)
        {
            await AssessedCouncilAsync(OrganisationType.Unitary, EnglishRegion.London, "developing maturing mature");
        }

        var sector = await LoadAsync();

        Assert.Equal(7, sector.National.Councils);
        Assert.False(sector.ByRegion[EnglishRegion.SouthEast].IsShown);
        Assert.False(sector.ByType[OrganisationType.County].IsShown);
        Assert.All(sector.ByRegion[EnglishRegion.SouthEast].Strands, s => Assert.Null(s.Current));
    }

    [Theory]
    [InlineData(OrganisationStatus.Unverified)]
    [InlineData(OrganisationStatus.Suspended)]
    public async Task ACouncilNotVerified_IsInNoGroup_SoFiveWithItAreStillTooFew(OrganisationStatus status)
    {
        var ids = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await AssessedCouncilAsync(OrganisationType.Unitary, EnglishRegion.London, "developing maturing mature"));
        }
        await using (var db = database.NewContext())
        {
            await db.Organisations.Where(o => o.Id == ids[0]).ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, status));
        }

        var sector = await LoadAsync();

        Assert.False(sector.National.IsShown);
        Assert.False(sector.ByType[OrganisationType.Unitary].IsShown);
        Assert.False(sector.ByRegion[EnglishRegion.London].IsShown);
    }

    [Fact]
    public async Task EachCouncilCounts_OnlyItsLatestAssessment()
    {
        var ids = new List<int>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await AssessedCouncilAsync(OrganisationType.Unitary, EnglishRegion.London, "developing"));
        }
        // One council assessed itself again later, lower: only that counts.
        await using (var db = database.NewContext())
        {
            db.ScopeToOrganisation(ids[0]);
            db.AddAssessment(new DateOnly(2026, 9, 1), []);
            await db.SaveChangesAsync();
        }
        // A council that never assessed itself is not in any group.
        await using (var db = database.NewContext())
        {
            await db.AddCouncilAsync(type: OrganisationType.Unitary, region: EnglishRegion.London);
        }

        var unitary = (await LoadAsync()).ByType[OrganisationType.Unitary];

        Assert.Equal(5, unitary.Councils);
        Assert.Equal(0.8, WorkforceOf(unitary).Current!.Value, precision: 6);
    }

    [Fact]
    public async Task TargetAverage_NeedsFiveCouncilsThatSetATarget()
    {
        for (var i = 0; i < 4; i++)
        {
            await AssessedCouncilAsync(OrganisationType.District, EnglishRegion.EastMidlands, "developing", MaturityLevel.Maturing);
        }
        await AssessedCouncilAsync(OrganisationType.District, EnglishRegion.EastMidlands, "developing");

        var group = (await LoadAsync()).ByRegion[EnglishRegion.EastMidlands];

        Assert.Equal(5, group.Councils);
        Assert.Equal(1.0, WorkforceOf(group).Current);
        Assert.Null(WorkforceOf(group).Target);
        // Strands nobody set a target for have none either.
        Assert.All(group.Strands.Where(s => s.Strand.Id != Workforce), s => Assert.Equal((0.0, (double?)null), (s.Current!.Value, s.Target)));
    }
}
