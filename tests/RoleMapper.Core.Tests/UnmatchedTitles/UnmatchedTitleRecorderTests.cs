using Microsoft.Extensions.Options;
using RoleMapper.Core.UnmatchedTitles;

namespace RoleMapper.Core.Tests.UnmatchedTitles;

/// <summary>
/// The log of weak titles on a real SQLite file, with two recorders standing in for two web nodes; it stays bounded by
/// size (the most often seen stay) and by age, after every write.
/// </summary>
public abstract class UnmatchedTitleRecorderTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : UnmatchedTitleRecorderTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : UnmatchedTitleRecorderTests(DatabaseProvider.Postgres);

    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 9, 1, 9, 0, 0, TimeSpan.Zero));
    private TestDatabase database = null!;

    public async Task InitializeAsync() => database = await TestDatabase.CreateAsync(provider: provider);

    public async Task DisposeAsync() => await database.DisposeAsync();

    [Fact]
    public async Task WeakTitles_AreCountedPerNormalisedTitle()
    {
        using var recorder = NewRecorder();
        Assert.True(recorder.Record(Weak("refuse loader", "Refuse Loader (2 posts)", "ST0257")));
        Assert.True(recorder.Record(Weak("refuse loader", "REFUSE LOADER - North", "ST1025")));
        Assert.True(recorder.Record(Weak("councillor", "Councillor", best: null)));
        Assert.Equal(2, await recorder.FlushAsync());

        var rows = await Rows();
        var loader = rows.Single(r => r.NormalisedTitle == "refuse loader");
        Assert.Equal(2, loader.Count);
        Assert.Equal("REFUSE LOADER - North", loader.ExampleTitle);
        Assert.Equal("ST1025", loader.BestReference);
        Assert.Null(rows.Single(r => r.NormalisedTitle == "councillor").BestReference);
    }

    [Fact]
    public async Task LaterFlushes_AddToTheSameRow_AndKeepTheFirstSighting()
    {
        using var recorder = NewRecorder();
        recorder.Record(Weak("mace bearer", "Mace Bearer"));
        await recorder.FlushAsync();
        var first = clock.GetUtcNow().UtcDateTime;
        clock.Advance(TimeSpan.FromHours(3));
        recorder.Record(Weak("mace bearer", "Mace Bearer (Temp)"));
        recorder.Record(Weak("mace bearer", "Mace Bearer"));
        await recorder.FlushAsync();

        var row = (await Rows()).Single();
        Assert.Equal(3, row.Count);
        Assert.Equal(first, row.FirstSeenUtc);
        Assert.Equal(clock.GetUtcNow().UtcDateTime, row.LastSeenUtc);
    }

    [Fact]
    public async Task GoodMatchesAndProblems_AreNotLogged()
    {
        using var recorder = NewRecorder();
        Assert.False(recorder.Record(Result("social worker", Confidence.High)));
        Assert.False(recorder.Record(Result("care worker", Confidence.Medium)));
        Assert.False(recorder.Record(new MatchResult("", [], "Enter a job title.")));
        Assert.Equal(0, await recorder.FlushAsync());
        Assert.Empty(await Rows());
    }

    [Fact]
    public async Task TwoNodesAddingTheSameNewTitlesAtOnce_EndWithOneRowEachAndEveryCount()
    {
        using var nodeA = NewRecorder();
        using var nodeB = NewRecorder();
        var titles = Enumerable.Range(0, 300).Select(i => $"title {i}").ToList();
        foreach (var title in titles)
        {
            nodeA.Record(Weak(title, title));
            nodeB.Record(Weak(title, title));
            nodeB.Record(Weak(title, title));
        }
        await Task.WhenAll(Task.Run(() => nodeA.FlushAsync()), Task.Run(() => nodeB.FlushAsync()));

        var rows = await Rows();
        Assert.Equal(300, rows.Count);
        Assert.All(rows, r => Assert.Equal(3, r.Count));
    }

    [Fact]
    public async Task AFullQueue_DropsNewSightingsInsteadOfWaiting()
    {
        using var recorder = NewRecorder();
        var queued = Enumerable.Range(0, UnmatchedTitleRecorder.Capacity + 50).Count(i => recorder.Record(Weak($"t{i}", "t")));
        Assert.Equal(UnmatchedTitleRecorder.Capacity, queued);
        Assert.Equal(UnmatchedTitleRecorder.Capacity, await recorder.FlushAsync());
    }

    [Fact]
    public async Task ABulkRun_IsLoggedWhole_PastTheQueuesBound_AndAddsToRowsAlreadyThere()
    {
        using var recorder = NewRecorder(maxRows: 2 * UnmatchedTitleRecorder.Capacity, maxAge: TimeSpan.FromDays(365));
        recorder.Record(Weak("title 0", "Title 0"));
        await recorder.FlushAsync();
        var results = Enumerable.Range(0, UnmatchedTitleRecorder.Capacity + 50).Select(i => Weak($"title {i}", $"Title {i}"))
            .Append(Weak("title 7", "TITLE 7 (2 posts)"))
            .Append(Result("social worker", Confidence.High))
            .Append(new MatchResult("", [], "Enter a job title."))
            .ToList();

        Assert.Equal(UnmatchedTitleRecorder.Capacity + 51, await recorder.RecordAllAsync(results));

        var rows = await Rows();
        Assert.Equal(UnmatchedTitleRecorder.Capacity + 50, rows.Count);
        Assert.Equal(2, rows.Single(r => r.NormalisedTitle == "title 0").Count);
        var seven = rows.Single(r => r.NormalisedTitle == "title 7");
        Assert.Equal((2, "TITLE 7 (2 posts)"), (seven.Count, seven.ExampleTitle));
        Assert.DoesNotContain(rows, r => r.NormalisedTitle == "social worker");
    }

    [Fact]
    public async Task LongTitles_AreCutToFitTheColumn()
    {
        using var recorder = NewRecorder();
        recorder.Record(Weak(new string('a', 400), new string('b', 400)));
        await recorder.FlushAsync();
        var row = (await Rows()).Single();
        Assert.Equal(UnmatchedTitle.MaxTitleLength, row.NormalisedTitle.Length);
        Assert.Equal(UnmatchedTitle.MaxTitleLength, row.ExampleTitle.Length);
    }

    [Fact]
    public async Task PastItsSizeTheLog_KeepsTheMostOftenSeenTitles()
    {
        using var recorder = NewRecorder(maxRows: 3, maxAge: TimeSpan.FromDays(365));
        for (var i = 1; i <= 6; i++)
        {
            for (var seen = 0; seen < i; seen++)
            {
                recorder.Record(Unmatched($"Title {i}"));
            }
        }
        await recorder.FlushAsync();
        clock.Advance(TimeSpan.FromMinutes(1));
        // A new title seen once does not push out one seen more often.
        recorder.Record(Unmatched("Title new"));
        await recorder.FlushAsync();

        Assert.Equal([("title 6", 6), ("title 5", 5), ("title 4", 4)], await CountsAsync());
    }

    [Fact]
    public async Task ABulkRunWithMoreNewTitlesThanTheLogKeeps_InsertsOnlyThoseThatSurviveThePrune()
    {
        using var recorder = NewRecorder(maxRows: 3, maxAge: TimeSpan.FromDays(365));
        await SeenAsync(recorder, "Logged before", times: 2);
        clock.Advance(TimeSpan.FromMinutes(1));
        string[] run = ["A", "B", "A", "C", "D", "C", "A", "E", "Logged before"];

        Assert.Equal(run.Length, await recorder.RecordAllAsync(run.Select(Unmatched)));

        // Counts after the run: logged before 3, a 3, c 2, then b, d and e once each; the older row wins the tie.
        Assert.Equal([("a", 3), ("logged before", 3), ("c", 2)], await CountsAsync());
        // Only the best three new titles were inserted, best first (so a and c have ids 2 and 3); inserting all five
        // in the order seen, then deleting, would have given c id 4.
        Assert.Equal([("logged before", 1), ("a", 2), ("c", 3)], (await Rows()).OrderBy(r => r.Id).Select(r => (r.NormalisedTitle, r.Id)));
    }

    [Fact]
    public async Task ATitle_NotSeenForLongerThanTheAgeLimitIsDropped()
    {
        using var recorder = NewRecorder(maxRows: 100, maxAge: TimeSpan.FromDays(30));
        await SeenAsync(recorder, "Old title", times: 2);
        clock.Advance(TimeSpan.FromDays(20));
        recorder.Record(Unmatched("Recent title"));
        await recorder.FlushAsync();
        clock.Advance(TimeSpan.FromDays(11));

        recorder.Record(Unmatched("New title"));
        await recorder.FlushAsync();

        Assert.Equal([("new title", 1), ("recent title", 1)], await CountsAsync());
    }

    private UnmatchedTitleRecorder NewRecorder() =>
        new(new UnmatchedTitleStore(database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>()), clock);

    private UnmatchedTitleRecorder NewRecorder(int maxRows, TimeSpan maxAge) => new(
        new UnmatchedTitleStore(database.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>(),
            Options.Create(new UnmatchedTitleOptions { MaxRows = maxRows, MaxAge = maxAge })),
        clock);

    private static async Task SeenAsync(UnmatchedTitleRecorder recorder, string title, int times)
    {
        for (var i = 0; i < times; i++)
        {
            recorder.Record(Unmatched(title));
        }
        await recorder.FlushAsync();
    }

    private static MatchResult Unmatched(string title) => new(title, []) { NormalisedTitle = title.ToLowerInvariant() };

    private async Task<List<(string Title, int Count)>> CountsAsync() =>
        (await Rows()).OrderByDescending(u => u.Count).ThenBy(u => u.NormalisedTitle).Select(u => (u.NormalisedTitle, u.Count)).ToList();

    private async Task<List<UnmatchedTitle>> Rows()
    {
        await using var db = database.NewContext();
        return await db.UnmatchedTitles.AsNoTracking().OrderBy(u => u.NormalisedTitle).ToListAsync();
    }

    private static MatchResult Weak(string normalised, string title, string? best = "ST0005") =>
        best is null ? new MatchResult(title, []) { NormalisedTitle = normalised } : Result(normalised, Confidence.Low, title, best);

    private static MatchResult Result(string normalised, Confidence confidence, string? title = null, string reference = "ST0005") =>
        new(title ?? normalised, [new MatchCandidate(reference, "1.0", "A standard", 2, "Care services", 12, 3000, true, 0.3f, confidence, "reason")])
        {
            NormalisedTitle = normalised,
        };
}
