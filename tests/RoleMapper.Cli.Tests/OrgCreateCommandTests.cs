using RoleMapper.Core.Accounts;

namespace RoleMapper.Cli.Tests;

/// <summary>
/// <c>rolemapper org create</c> as a real process on a migrated database: a council from the list of English councils by
/// name or ONS code, a type or region that disagrees with the list, and <c>--unlisted</c> for a body outside it.
/// </summary>
public abstract class OrgCreateCommandTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : OrgCreateCommandTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : OrgCreateCommandTests(DatabaseProvider.Postgres);

    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider: provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    private Task<CliRunner.Result> OrgCreateAsync(params string[] args) => CliRunner.RunOnAsync(database, ["org", "create", .. args]);

    private async Task<Organisation?> StoredAsync(string name)
    {
        await using var db = database.NewContext();
        return await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Name == name);
    }

    [Fact]
    public async Task ByName_TakesTypeRegionAndCodeFromTheList_Verified_AndLogged()
    {
        var result = await OrgCreateAsync("  adur DISTRICT council ");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal("Registered Adur District Council (District council, South East, E07000223).", result.Out.Trim());
        var adur = await StoredAsync("Adur District Council");
        Assert.NotNull(adur);
        Assert.Equal(("E07000223", OrganisationType.District, EnglishRegion.SouthEast, OrganisationStatus.Verified),
            (adur.OnsCode, adur.Type, adur.Region, adur.Status));
        await using var db = database.NewContext();
        var entry = await db.CouncilLog.SingleAsync(e => e.OrganisationId == adur.Id);
        Assert.Equal((CouncilLogAction.CreatedByCommand, "command line"), (entry.Action, entry.ByEmail));
    }

    [Fact]
    public async Task ByOnsCode_ThenByItsShortName_IsRefusedAsAlreadyRegistered()
    {
        var first = await OrgCreateAsync("E08000010", "--type", "metropolitan", "--region", "north-west");
        var again = await OrgCreateAsync("Wigan");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal("Registered Wigan Metropolitan Borough Council (Metropolitan borough, North West, E08000010).", first.Out.Trim());
        Assert.Equal(1, again.ExitCode);
        Assert.Equal("Wigan Metropolitan Borough Council (E08000010) is already registered.", again.Error.Trim());
    }

    [Theory]
    [InlineData("--type", "county", "Adur District Council is a District council in the list of English councils, not a County council. Leave out --type to use the list's.")]
    [InlineData("--region", "london", "Adur District Council is in South East in the list of English councils, not London. Leave out --region to use the list's.")]
    public async Task ATypeOrRegionThatDisagreesWithTheList_IsOneClearLine_AndCreatesNothing(string option, string value, string message)
    {
        var result = await OrgCreateAsync("E07000223", option, value);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
        Assert.Null(await StoredAsync("Adur District Council"));
    }

    [Theory]
    [InlineData("\"Barsetshire County Council\" is not in the list of English councils. Check the spelling, give its ONS code, or use --unlisted for a body outside the list.", "Barsetshire County Council")]
    // Allerdale became part of Cumberland in 2023: past councils cannot be created.
    [InlineData("\"E07000026\" is not in the list of English councils. Check the spelling, give its ONS code, or use --unlisted for a body outside the list.", "E07000026")]
    [InlineData("\"City of\" may mean Bristol City Council (E06000023) or Hull City Council (E06000010); give the ONS code.", "City of")]
    [InlineData("Unknown type \"parish\". Use one of: county, district, unitary, metropolitan, london-borough, other.", "Adur", "--type", "parish")]
    [InlineData("Unknown region \"Wales\". Use one of: north-east, north-west, yorkshire-and-the-humber, east-midlands, west-midlands, east-of-england, london, south-east, south-west.", "Adur", "--region", "Wales")]
    public async Task AMistake_IsRefusedInOneLine(string message, params string[] args)
    {
        var result = await OrgCreateAsync(args);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(message, result.Error.Trim());
    }

    [Fact]
    public async Task Unlisted_CreatesABodyOutsideTheList_WithNoCode_AndRefusesTheSameNameInAnyCase()
    {
        const string fire = "Mercia Fire and Rescue Authority";

        var first = await OrgCreateAsync(fire, "--unlisted", "--region", "West Midlands");
        var again = await OrgCreateAsync("  mercia FIRE and rescue authority ", "--unlisted", "--region", "west-midlands");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Equal($"Registered {fire} (Other, West Midlands, not in the list).", first.Out.Trim());
        var stored = await StoredAsync(fire);
        Assert.Equal((null, OrganisationType.Other, OrganisationStatus.Verified), (stored!.OnsCode, stored.Type, stored.Status));
        Assert.Equal(1, again.ExitCode);
        Assert.Equal("A council called \"mercia FIRE and rescue authority\" is already registered.", again.Error.Trim());
    }

    [Fact]
    public async Task Unlisted_WithAListedName_SaysToLeaveOutUnlisted()
    {
        var result = await OrgCreateAsync("Adur", "--unlisted", "--region", "south-east");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("\"Adur\" is in the list of English councils as Adur District Council (E07000223); create it without --unlisted.", result.Error.Trim());
    }

    [Fact]
    public async Task Unlisted_WithoutARegion_AsksForOne()
    {
        var result = await OrgCreateAsync("Mercia National Park Authority", "--unlisted");

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("Give the region of a body outside the list with --region R, one of: north-east,", result.Error.Trim(), StringComparison.Ordinal);
    }
}
