using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using RoleMapper.Core.Data;
using RoleMapper.Core.Matching;
using RoleMapper.Core.UnmatchedTitles;
using RoleMapper.TestSupport;

namespace RoleMapper.Core.Tests.UnmatchedTitles;

/// <summary>The log of weak titles stays bounded: by size (the most often seen stay) and by age, after every write.</summary>
public sealed class UnmatchedTitleBoundsTests : IAsyncLifetime
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await database.DisposeAsync();

    private UnmatchedTitleRecorder Recorder(int maxRows, TimeSpan maxAge) => new(
        new UnmatchedTitleStore(database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>(),
            Options.Create(new UnmatchedTitleOptions { MaxRows = maxRows, MaxAge = maxAge })),
        clock);

    private static MatchResult Weak(string title) => new(title, []) { NormalisedTitle = title.ToLowerInvariant() };

    private async Task<List<(string Title, int Count)>> RowsAsync()
    {
        await using var db = database.NewContext();
        return (await db.UnmatchedTitles.AsNoTracking().OrderByDescending(u => u.Count).ThenBy(u => u.NormalisedTitle).ToListAsync())
            .Select(u => (u.NormalisedTitle, u.Count)).ToList();
    }

    [Fact]
    public async Task Past_its_size_the_log_keeps_the_most_often_seen_titles()
    {
        using var recorder = Recorder(maxRows: 3, maxAge: TimeSpan.FromDays(365));
        for (var i = 1; i <= 6; i++)
        {
            for (var seen = 0; seen < i; seen++)
            {
                recorder.Record(Weak($"Title {i}"));
            }
        }
        await recorder.FlushAsync();
        clock.Advance(TimeSpan.FromMinutes(1));
        // A new title seen once does not push out one seen more often.
        recorder.Record(Weak("Title new"));
        await recorder.FlushAsync();

        Assert.Equal([("title 6", 6), ("title 5", 5), ("title 4", 4)], await RowsAsync());
    }

    [Fact]
    public async Task A_title_not_seen_for_longer_than_the_age_limit_is_dropped()
    {
        using var recorder = Recorder(maxRows: 100, maxAge: TimeSpan.FromDays(30));
        recorder.Record(Weak("Old title"));
        recorder.Record(Weak("Old title"));
        await recorder.FlushAsync();
        clock.Advance(TimeSpan.FromDays(20));
        recorder.Record(Weak("Recent title"));
        await recorder.FlushAsync();
        clock.Advance(TimeSpan.FromDays(11));

        recorder.Record(Weak("New title"));
        await recorder.FlushAsync();

        Assert.Equal([("new title", 1), ("recent title", 1)], await RowsAsync());
    }
}
