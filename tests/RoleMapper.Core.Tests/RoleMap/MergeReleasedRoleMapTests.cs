using Microsoft.Extensions.Time.Testing;
using RoleMapper.Core.Jobs;
using RoleMapper.Core.RoleMap;

namespace RoleMapper.Core.Tests.RoleMap;

/// <summary>
/// A database seeded from the small map (an earlier release), then given a newer release: new roles and names arrive,
/// roles no one edited follow the release, the sector team's edits stand and are flagged, and a second start changes
/// nothing.
/// </summary>
public abstract class MergeReleasedRoleMapTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : MergeReleasedRoleMapTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : MergeReleasedRoleMapTests(DatabaseProvider.Postgres);

    private const string Lga = "sam@local.gov.uk";
    private static readonly DateTime Now = new(2026, 12, 6, 2, 0, 0, DateTimeKind.Utc);
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(Now));
    private TestDatabase database = null!;

    /// <summary>
    /// The small map's next release: the developer gains an alias, the finance officer's standards change, two roles
    /// are new (one wants the business administrator's alias, one names a retired standard), the councillor is gone.
    /// </summary>
    private static readonly IReadOnlyList<MappedRole> NextRelease =
    [
        Role("software-developer") with { Aliases = ["Developer", "Web Developer", "Applications Developer"] },
        Role("dental-technician"),
        Role("business-administrator"),
        Role("finance-officer") with { Standards = ["ST0002"], Reason = "Accounting first." },
        new("payroll-officer", "Finance", "Payroll Officer", "Administrative", ["Payroll Assistant", "Admin Officer"], ["ST0070"], "Pays staff.", "2026-08-22"),
        new("dental-nurse", "Health", "Dental Nurse", "Technical", [], ["ST0108"], "Assists the dentist.", "2026-08-22"),
    ];

    public async Task InitializeAsync()
    {
        database = await TestDatabase.CreateAsync(configure: s => s.AddSingleton<TimeProvider>(clock), provider: provider);
        await database.ImportGoodFeedAsync(RepoPaths.SmallNewFeed);
        await SmallRoleMap.SourceOn(database).EnsureSeededAsync();
    }

    public async Task DisposeAsync() => await database.DisposeAsync();

    private static MappedRole Role(string id) => SmallRoleMap.Roles.Single(r => r.Id == id);

    private MergeReleasedRoleMap Merge(IRoleMapSource release) =>
        new(database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>(), release,
            database.Services.GetRequiredService<JobLeaseStore>(), clock);

    private async Task EditReasonAsync(string id, string reason)
    {
        using var scope = database.Services.CreateScope();
        var editing = scope.ServiceProvider.GetRequiredService<SectorRoleMapEditing>();
        var result = await editing.SaveAsync(id, RoleMapForm.From(Role(id)) with { Reason = reason }, Lga, default);
        Assert.Equal(RoleMapEditOutcome.Saved, result.Outcome);
    }

    private async Task<Dictionary<string, RoleMapEntry>> EntriesAsync()
    {
        await using var db = database.NewContext();
        return await db.RoleMapEntries.AsNoTracking().ToDictionaryAsync(e => e.Id);
    }

    private async Task<List<RoleMapChange>> ReleaseLogAsync()
    {
        await using var db = database.NewContext();
        return (await db.RoleMapChanges.AsNoTracking().Where(c => c.By == RoleMapDbSource.SeededBy).ToListAsync()).OrderBy(c => c.Id).ToList();
    }

    [Fact]
    public async Task NextRelease_AddsAndUpdatesWhatNoOneEdited_FlagsTheSectorsEdits_AndLogsEachChange()
    {
        await EditReasonAsync("finance-officer", "Our own reason.");
        await EditReasonAsync("business-administrator", "Admin, as we see it.");
        var stampBefore = await SmallRoleMap.SourceOn(database).StampAsync();

        var merge = await Merge(new ListedMap(NextRelease)).RunAsync();

        Assert.NotNull(merge);
        // Flagged: the sector's edit the release differs from, and the new role on a retired standard.
        Assert.Equal((2, 1, 2), (merge.Added, merge.Updated, merge.Flagged));
        Assert.Equal(["'Admin Officer' for payroll-officer (a name of business-administrator)"], merge.LeftOut);
        var entries = await EntriesAsync();

        // Nobody edited the developer: it follows the release.
        Assert.Equal(["Developer", "Web Developer", "Applications Developer"], entries["software-developer"].Aliases);
        Assert.Equal((RoleMapDbSource.SeededBy, Now, false), (entries["software-developer"].UpdatedBy, entries["software-developer"].UpdatedUtc, entries["software-developer"].NeedsReview));

        // The sector edited the finance officer: their version stands, flagged with what the release says now.
        var finance = entries["finance-officer"];
        Assert.Equal(["ST0070", "ST0002"], finance.Standards);
        Assert.Equal(("Our own reason.", Lga), (finance.Reason, finance.UpdatedBy));
        Assert.True(finance.NeedsReview);
        Assert.Equal("RoleMapper's built-in map now reads differently: Standards: ST0070, ST0002 → ST0002; Reason: Our own reason. → Accounting first.", finance.ReviewReason);

        // The sector edited the administrator too, but the release did not change it: nothing to review.
        Assert.Equal(("Admin, as we see it.", false), (entries["business-administrator"].Reason, entries["business-administrator"].NeedsReview));

        // New roles arrive without a name another role has; one naming a retired standard is flagged.
        Assert.Equal(["Payroll Assistant"], entries["payroll-officer"].Aliases);
        Assert.False(entries["payroll-officer"].NeedsReview);
        Assert.True(entries["dental-nurse"].NeedsReview);
        Assert.Equal("ST0108 not approved in today's feed (RoleMapper's built-in map names it)", entries["dental-nurse"].ReviewReason);

        // A role only the database has is the sector's to remove.
        Assert.Contains("councillor", entries.Keys);

        var log = await ReleaseLogAsync();
        Assert.Equal(["dental-nurse", "payroll-officer", "software-developer"], log.Select(c => c.EntryId).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(log, c => Assert.Equal(Now, c.AtUtc));
        Assert.Equal("From RoleMapper's built-in map: Aliases: added Applications Developer", log.Single(c => c.EntryId == "software-developer").What);
        Assert.Equal("From RoleMapper's built-in map: Added Payroll Officer (Finance); standards: ST0070; reason: Pays staff.; left out Admin Officer, a name of another role",
            log.Single(c => c.EntryId == "payroll-officer").What);
        Assert.NotEqual(stampBefore, await SmallRoleMap.SourceOn(database).StampAsync());
    }

    [Fact]
    public async Task TheSameReleaseAgain_ChangesNothing_AndFlagsNothingTwice()
    {
        await EditReasonAsync("finance-officer", "Our own reason.");
        await Merge(new ListedMap(NextRelease)).RunAsync();
        using (var scope = database.Services.CreateScope())
        {
            // The sector looks at the flag and keeps its own version.
            var editing = scope.ServiceProvider.GetRequiredService<SectorRoleMapEditing>();
            Assert.Equal(RoleMapEditOutcome.Saved, (await editing.MarkCheckedAsync("finance-officer", Lga, default)).Outcome);
        }
        var stamp = await SmallRoleMap.SourceOn(database).StampAsync();
        var entries = await EntriesAsync();

        var again = await Merge(new ListedMap(NextRelease)).RunAsync();

        Assert.NotNull(again);
        Assert.Equal((0, 0, 0, 0), (again.Added, again.Updated, again.Flagged, again.LeftOut.Count));
        Assert.Equal(stamp, await SmallRoleMap.SourceOn(database).StampAsync());
        Assert.False((await EntriesAsync())["finance-officer"].NeedsReview);
        Assert.Equal(entries.Values.Select(e => (e.Id, e.UpdatedUtc, e.ReleaseHash)).Order(), (await EntriesAsync()).Values.Select(e => (e.Id, e.UpdatedUtc, e.ReleaseHash)).Order());
    }

    [Fact]
    public async Task AStartWithNothingNew_OnlyReads_AndTakesNoLease()
    {
        await Merge(new ListedMap(NextRelease)).RunAsync();
        DateTime LeaseTaken()
        {
            using var db = database.NewContext();
            return db.JobLeases.AsNoTracking().Single(l => l.Name == MergeReleasedRoleMap.LeaseName).AcquiredUtc;
        }
        var taken = LeaseTaken();
        clock.Advance(TimeSpan.FromHours(1));

        // Held by another node: a start that had work would skip (null); one with nothing new does not need it.
        await using (var other = await database.Services.GetRequiredService<JobLeaseStore>().TryAcquireAsync(MergeReleasedRoleMap.LeaseName, TimeSpan.FromMinutes(5), default))
        {
            Assert.NotNull(other);
            Assert.Same(RoleMapMerge.Nothing, await Merge(new ListedMap(NextRelease)).RunAsync());
        }
        // Free again, a start still leaves the lease's row as the other node left it.
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Same(RoleMapMerge.Nothing, await Merge(new ListedMap(NextRelease)).RunAsync());
        Assert.Equal(taken.AddHours(1), LeaseTaken());
    }

    [Fact]
    public async Task RowsSeededBeforeReleasesWereMerged_AreMatchedByWhatTheySay()
    {
        await using (var db = database.NewContext())
        {
            // As the migration leaves an install seeded before this release: no fingerprints.
            await db.RoleMapEntries.ExecuteUpdateAsync(s => s.SetProperty(e => e.ReleaseHash, (string?)null));
        }

        var same = await Merge(new ListedMap(SmallRoleMap.Roles)).RunAsync();

        Assert.NotNull(same);
        Assert.Equal((0, 0, 0, 0), (same.Added, same.Updated, same.Flagged, same.LeftOut.Count));
        Assert.Empty(await ReleaseLogAsync());
        Assert.All((await EntriesAsync()).Values, e => Assert.Equal(MergeReleasedRoleMap.HashOf(e.ToMappedRole()), e.ReleaseHash));
    }

    [Fact]
    public async Task ANodeStartingWhileAnotherMerges_LeavesTheMergeToIt()
    {
        var leases = database.Services.GetRequiredService<JobLeaseStore>();
        await using (var other = await leases.TryAcquireAsync(MergeReleasedRoleMap.LeaseName, TimeSpan.FromMinutes(5), default))
        {
            Assert.NotNull(other);
            Assert.Null(await Merge(new ListedMap(NextRelease)).RunAsync());
            Assert.Empty(await ReleaseLogAsync());
        }

        var merged = await Merge(new ListedMap(NextRelease)).RunAsync();
        // Nobody edited the finance officer here, so it follows the release too: four roles changed, each logged once.
        Assert.Equal((2, 2), (merged!.Added, merged.Updated));
        Assert.Equal(4, (await ReleaseLogAsync()).Count);
        Assert.Null(await leases.FindAsync(MergeReleasedRoleMap.LeaseName, default));
    }

    /// <summary>A release of the map as a list.</summary>
    private sealed class ListedMap(IReadOnlyList<MappedRole> roles) : IRoleMapSource
    {
        public Task<IReadOnlyList<MappedRole>> LoadAsync(CancellationToken ct = default) => Task.FromResult(roles);

        public Task<string> StampAsync(CancellationToken ct = default) => Task.FromResult("listed");
    }
}
