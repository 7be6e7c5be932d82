using Microsoft.Extensions.Time.Testing;
using RoleMapper.Core.RoleMap;

namespace RoleMapper.Core.Tests.RoleMap;

/// <summary>The sector team's edits to the map, after the small map was flagged by the older-then-newer import.</summary>
public abstract class SectorRoleMapEditingTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : SectorRoleMapEditingTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : SectorRoleMapEditingTests(DatabaseProvider.Postgres);

    private const string Lga = "sam@local.gov.uk";
    private static readonly DateTime Now = new(2026, 9, 1, 9, 30, 0, DateTimeKind.Utc);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(Now));
    private TestDatabase database = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(configure: s => s.AddSingleton<TimeProvider>(clock), provider: provider);
        await database.ImportGoodFeedAsync(RepoPaths.SmallOldFeed);
        await SmallRoleMap.SourceOn(database).EnsureSeededAsync();
        await database.ImportGoodFeedAsync(RepoPaths.SmallNewFeed);
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private async Task<T> EditAsync<T>(Func<SectorRoleMapEditing, Task<T>> edit)
    {
        using var scope = database.Services.CreateScope();
        return await edit(scope.ServiceProvider.GetRequiredService<SectorRoleMapEditing>());
    }

    private static RoleMapForm FormOf(string id) => RoleMapForm.From(SmallRoleMap.Roles.Single(r => r.Id == id));

    [Fact]
    public async Task ReviewList_ShowsTheFlaggedRolesWithReasons_AndFindsRolesByAlias()
    {
        var list = await EditAsync(e => e.ReviewListAsync("elected", default));

        Assert.Equal(["dental-technician", "finance-officer", "software-developer"], list.Flagged.Select(f => f.Id).Order());
        Assert.Equal("ST0108 is no longer approved (retired)", list.Flagged.Single(f => f.Id == "dental-technician").ReviewReason);
        Assert.Equal(["councillor"], list.Found.Select(f => f.Id));
        Assert.Equal((1, 5), (list.FoundCount, list.Total));
    }

    [Fact]
    public async Task Save_NewStandards_LogsWhoWhenAndWhat_AndClearsTheFlag()
    {
        var result = await EditAsync(e => e.SaveAsync("dental-technician", FormOf("dental-technician") with { Standards = "st0116, ST0070" }, Lga, default));

        Assert.Equal(RoleMapEditOutcome.Saved, result.Outcome);
        var view = (await EditAsync(e => e.EntryAsync("dental-technician", default)))!;
        Assert.Equal(["ST0116", "ST0070"], view.Role.Standards);
        Assert.Equal((false, null, "2026-08-22", Lga, Now), (view.NeedsReview, view.ReviewReason, view.Role.CheckedAgainst, view.UpdatedBy, view.UpdatedUtc));
        var line = Assert.Single(view.Log);
        Assert.Equal(new RoleMapChangeLine(Now, Lga, "Standards: ST0108 → ST0116, ST0070; review flag cleared"), line);
    }

    [Fact]
    public async Task Save_AliasesAndNoStandardFits_AreLoggedInWords()
    {
        var form = FormOf("business-administrator") with { Aliases = "Office Administrator\nAdmin Assistant", NoStandardFits = true, Standards = "", Reason = "Too junior for any standard." };

        await EditAsync(e => e.SaveAsync("business-administrator", form, Lga, default));

        var view = (await EditAsync(e => e.EntryAsync("business-administrator", default)))!;
        Assert.True(view.Role.FitsNoStandard);
        Assert.Equal("Standards: ST0070 → none; Aliases: added Office Administrator, Admin Assistant; removed Admin Officer; Reason: Office administration. → Too junior for any standard.",
            view.Log.Single().What);
    }

    [Fact]
    public async Task Save_Refused_ChangesNothing_AndSaysWhatIsWrongWithEachField()
    {
        var form = FormOf("software-developer") with { Title = "", Aliases = "Developer\nElected Member", Standards = "ST0108, ST0999", Reason = " " };

        var result = await EditAsync(e => e.SaveAsync("software-developer", form, Lga, default));

        Assert.Equal(RoleMapEditOutcome.Refused, result.Outcome);
        Assert.Equal(
        [
            new("Title", "No title"),
            new("Standards", "ST0108 is not an approved standard in today's feed"),
            new("Standards", "ST0999 is not an approved standard in today's feed"),
            new("Reason", "No reason"),
            new("Aliases", "'Elected Member' is also a name of 'councillor'; each alias points at one role"),
        ], result.Problems);
        await using var check = database.NewContext();
        var entry = await check.RoleMapEntries.SingleAsync(e => e.Id == "software-developer");
        Assert.Equal(("Software Developer", true, "2025-05-29"), (entry.Title, entry.NeedsReview, entry.CheckedAgainst));
        Assert.Equal(["ST0116"], entry.Standards);
        Assert.False(await check.RoleMapChanges.AnyAsync());
    }

    [Fact]
    public async Task Save_NothingChanged_WritesNoLogLine()
    {
        var result = await EditAsync(e => e.SaveAsync("councillor", FormOf("councillor"), Lga, default));

        Assert.Equal(RoleMapEditOutcome.Unchanged, result.Outcome);
        await using var check = database.NewContext();
        Assert.False(await check.RoleMapChanges.AnyAsync());
    }

    [Fact]
    public async Task MarkChecked_ClearsTheFlag_MovesTheDate_AndLogsIt()
    {
        var result = await EditAsync(e => e.MarkCheckedAsync("software-developer", Lga, default));

        Assert.Equal(RoleMapEditOutcome.Saved, result.Outcome);
        var view = (await EditAsync(e => e.EntryAsync("software-developer", default)))!;
        Assert.Equal((false, "2026-08-22"), (view.NeedsReview, view.Role.CheckedAgainst));
        Assert.Equal(new RoleMapChangeLine(Now, Lga, "Checked against the feed of 2026-08-22: still right (flagged: ST0116 moved from version 1.1 to 1.2 on 22/08/2026)"),
            view.Log.Single());
    }

    [Fact]
    public async Task MarkChecked_WithARetiredStandard_IsRefused()
    {
        var result = await EditAsync(e => e.MarkCheckedAsync("dental-technician", Lga, default));

        Assert.Equal([new RoleMapProblem("Standards", "ST0108 is not an approved standard in today's feed")], result.Problems);
        await using var check = database.NewContext();
        Assert.True((await check.RoleMapEntries.SingleAsync(e => e.Id == "dental-technician")).NeedsReview);
    }

    [Fact]
    public async Task Add_ARoleNoStandardFits_IsSavedWithASlugAndLogged_AndTheSameTitleAgainIsRefused()
    {
        var form = new RoleMapForm("Mayor's Chauffeur", "Democratic Services", "Support", "Civic Driver", null, true, "Driving, no apprenticeship fits.");

        var added = await EditAsync(e => e.AddAsync(form, Lga, default));
        var again = await EditAsync(e => e.AddAsync(form with { Aliases = "" }, Lga, default));

        Assert.Equal((RoleMapEditOutcome.Saved, "mayor-s-chauffeur"), (added.Outcome, added.Id));
        var view = (await EditAsync(e => e.EntryAsync("mayor-s-chauffeur", default)))!;
        Assert.Equal(["Civic Driver"], view.Role.Aliases);
        Assert.Equal("2026-08-22", view.Role.CheckedAgainst);
        Assert.Equal("Added Mayor's Chauffeur (Democratic Services); standards: none; reason: Driving, no apprenticeship fits.", view.Log.Single().What);
        Assert.Equal(RoleMapEditOutcome.Refused, again.Outcome);
        Assert.Contains(again.Problems, p => p.Field == "Title");
    }

    [Fact]
    public async Task Save_UnknownRole_IsNotFound() =>
        Assert.Equal(RoleMapEditOutcome.NotFound, (await EditAsync(e => e.SaveAsync("no-such-role", FormOf("councillor"), Lga, default))).Outcome);
}
