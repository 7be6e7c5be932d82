using System.Text.Json.Nodes;
using RoleMapper.Core.Standards;

namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>
/// The three severities. Feed-level problems fail the run and change nothing; record-level problems keep that
/// standard's previous rows and report the reference; the rest of the feed still updates.
/// </summary>
public abstract class FeedValidationTests(DatabaseProvider provider) : IAsyncLifetime
{
    public sealed class OnSqlite() : FeedValidationTests(DatabaseProvider.Sqlite);
    public sealed class OnPostgres() : FeedValidationTests(DatabaseProvider.Postgres);

    private TestDatabase db = null!;
    private string folder = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync(provider: provider);
        folder = Path.Combine(Path.GetDirectoryName(db.FilePath)!, "feeds");
        // Every test starts from good data that a bad feed must not damage.
        await db.ImportAsync(RepoPaths.SmallOldFeed);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private static JsonArray NewFeed() => FeedFixtures.Load(RepoPaths.SmallNewFeed);

    private async Task<List<(string Key, string Hash, StandardStatus Status)>> StoreAsync()
    {
        await using var context = db.NewContext();
        return (await context.StandardVersions.AsNoTracking().OrderBy(v => v.Key)
            .Select(v => new { v.Key, v.ContentHash, v.Status }).ToListAsync())
            .Select(v => (v.Key, v.ContentHash, v.Status)).ToList();
    }

    private async Task AssertFailedAndUnchangedAsync(string feedPath, string reasonContains)
    {
        var before = await StoreAsync();
        var run = await db.ImportAsync(feedPath);
        Assert.Equal(ImportOutcome.Failed, run.Outcome);
        Assert.Contains(reasonContains, run.FailureReason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, await StoreAsync());
        await using var context = db.NewContext();
        var audited = await context.ImportRuns.SingleAsync(r => r.Id == run.Id);
        Assert.Equal(ImportOutcome.Failed, audited.Outcome);
        Assert.Equal(run.FailureReason, audited.FailureReason);
        Assert.Equal(0, await context.StandardChanges.CountAsync(c => c.ImportRunId == run.Id));
    }

    [Fact]
    public Task Feed_NotAnArray_FailsAndChangesNothing() =>
        AssertFailedAndUnchangedAsync(Write("""{"standards":[]}"""), "not a JSON array");

    [Fact]
    public Task Feed_HtmlErrorPage_FailsAndChangesNothing() =>
        AssertFailedAndUnchangedAsync(Write("<html><body>Service unavailable</body></html>"), "HTML");

    [Fact]
    public Task Feed_EmptyArray_FailsAndChangesNothing() =>
        AssertFailedAndUnchangedAsync(Write("[]"), "empty array");

    [Fact]
    public Task Feed_EmptyFile_FailsAndChangesNothing() =>
        AssertFailedAndUnchangedAsync(Write(""), "empty");

    [Fact]
    public Task Feed_Truncated_FailsAndChangesNothing()
    {
        var text = NewFeed().ToJsonString();
        return AssertFailedAndUnchangedAsync(Write(text[..(text.Length / 2)]), "ended before");
    }

    [Fact]
    public Task Feed_InvalidJson_FailsAndChangesNothing()
    {
        var text = NewFeed().ToJsonString();
        var broken = text.Insert(text.IndexOf("\"level\":", StringComparison.Ordinal), "oops ");
        return AssertFailedAndUnchangedAsync(Write(broken), "not valid JSON");
    }

    [Fact]
    public Task Feed_RecordMissingARequiredField_FailsAndChangesNothing()
    {
        var feed = NewFeed();
        FeedFixtures.Record(feed, "ST0116", "1.2").Remove("status");
        return AssertFailedAndUnchangedAsync(FeedFixtures.Write(feed, folder), "no 'status' field");
    }

    [Fact]
    public Task Feed_ManyInvalidRecords_FailsAndChangesNothing()
    {
        var feed = NewFeed();
        foreach (var record in feed.Take(10))
        {
            record!["version"] = "not-a-version";
        }
        return AssertFailedAndUnchangedAsync(FeedFixtures.Write(feed, folder), "10 of 62 records");
    }

    [Fact]
    public Task Feed_ThatWouldRemoveMostStandards_FailsAndChangesNothing()
    {
        var feed = new JsonArray(NewFeed().Take(5).Select(n => n!.DeepClone()).ToArray());
        return AssertFailedAndUnchangedAsync(FeedFixtures.Write(feed, folder), "looks like a broken feed");
    }

    [Theory]
    [InlineData("version", "\"abc\"", "version 'abc' is not a number")]
    [InlineData("version", "\"\"", "version is empty")]
    [InlineData("status", "\"Approved (maybe)\"", "unknown status 'Approved (maybe)'")]
    [InlineData("level", "\"four\"", "level should be a whole number")]
    [InlineData("typicalJobTitles", "\"Developer\"", "typicalJobTitles should be a list")]
    [InlineData("maxFunding", "true", "maxFunding should be a whole number")]
    [InlineData("title", "\"   \"", "title is empty")]
    public async Task Record_WithABadValue_KeepsThatStandardAndUpdatesTheRest(string field, string json, string message)
    {
        var feed = NewFeed();
        FeedFixtures.Record(feed, "ST0002", "2.0")[field] = JsonNode.Parse(json);

        var run = await db.ImportAsync(FeedFixtures.Write(feed, folder));

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        var error = Assert.Single(run.Errors);
        Assert.Equal("ST0002", error.Reference);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        await using var context = db.NewContext();
        // ST0002 keeps its previous rows: 1.2 is still the approved version and 2.0 was not added...
        Assert.Equal(StandardStatus.ApprovedForDelivery, (await context.StandardVersions.SingleAsync(v => v.Key == "ST0002_1.2")).Status);
        Assert.False(await context.StandardVersions.AnyAsync(v => v.Key == "ST0002_2.0"));
        // ...while other standards moved on.
        Assert.Equal(StandardStatus.Retired, (await context.StandardVersions.SingleAsync(v => v.Key == "ST0006_1.2")).Status);
        Assert.Equal(run.Records - run.Rejected, run.Added + run.StatusChanges + run.ContentChanges + run.Unchanged);
    }

    [Fact]
    public async Task Record_BadVersionText_IsRejectedWithItsReference()
    {
        var feed = NewFeed();
        FeedFixtures.Record(feed, "ST0116", "1.2")["version"] = "1.2.3";

        var run = await db.ImportAsync(FeedFixtures.Write(feed, folder));

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Contains(run.Errors, e => e.Reference == "ST0116" && e.Message.Contains("version '1.2.3'", StringComparison.Ordinal));
        Assert.Equal(3, run.Rejected);
    }

    [Fact]
    public async Task Record_Rejected_TheAuditRowKeepsCountsAndErrors()
    {
        var feed = NewFeed();
        FeedFixtures.Record(feed, "ST0116", "1.2")["version"] = "1.2.3";

        var run = await db.ImportAsync(FeedFixtures.Write(feed, folder));

        await using var context = db.NewContext();
        var audited = await context.ImportRuns.AsNoTracking().SingleAsync(r => r.Id == run.Id);
        Assert.Equal((run.Records, run.Rejected), (audited.Records, audited.Rejected));
        Assert.True(audited.Records > 0);
        Assert.Equal(run.Errors.Select(e => (e.Reference, e.Message)), audited.Errors.Select(e => (e.Reference, e.Message)));
        Assert.Equal(run.Warnings.Count, audited.Warnings.Count);
    }

    [Fact]
    public async Task Record_TwoApprovedVersionsOfOneStandard_KeepsItsPreviousRows()
    {
        var feed = NewFeed();
        FeedFixtures.Record(feed, "ST0116", "1.1")["status"] = "Approved for delivery";

        var run = await db.ImportAsync(FeedFixtures.Write(feed, folder));

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        var error = Assert.Single(run.Errors);
        Assert.Equal("ST0116", error.Reference);
        Assert.Contains("2 versions are approved for delivery at once (1.1, 1.2)", error.Message, StringComparison.Ordinal);
        await using var context = db.NewContext();
        var approved = await context.StandardVersions.Where(v => v.Reference == "ST0116" && v.Status == StandardStatus.ApprovedForDelivery).ToListAsync();
        Assert.Equal("1.1", Assert.Single(approved).Version);
    }

    [Fact]
    public async Task Record_WithABadReference_IsReportedAndSkipped()
    {
        var feed = NewFeed();
        FeedFixtures.Record(feed, "ST0510", "1.1")["referenceNumber"] = "XX510";

        var run = await db.ImportAsync(FeedFixtures.Write(feed, folder));

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Contains(run.Errors, e => e.Reference == "XX510" && e.Message.Contains("not ST followed by four digits", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Record_SameVersionTwice_KeepsThatStandardsPreviousRows()
    {
        var feed = NewFeed();
        feed.Add(FeedFixtures.Record(feed, "ST0072", "1.1").DeepClone());

        var run = await db.ImportAsync(FeedFixtures.Write(feed, folder));

        Assert.Contains(run.Errors, e => e.Reference == "ST0072" && e.Message.Contains("appears 2 times", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_WithUnknownExtraFields_ImportsNormally()
    {
        var feed = NewFeed();
        foreach (var record in feed)
        {
            record!["someFieldAddedNextYear"] = new JsonObject { ["x"] = 1 };
        }

        var run = await db.ImportAsync(FeedFixtures.Write(feed, folder));

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        Assert.Empty(run.Errors);
    }

    private string Write(string text)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, text);
        return path;
    }

    // Field limits: every text field the importer keeps has a maximum length, drawn from the longest values of the real
    // feed with headroom (docs/importer.md); a record over a limit is held back like any bad record.

    private async Task<ImportRun> ImportWithAsync(Action<JsonObject> change)
    {
        var feed = NewFeed();
        change(FeedFixtures.Record(feed, "ST0002", "2.0"));
        return await db.ImportAsync(FeedFixtures.Write(feed, folder));
    }

    private async Task AssertHeldBackAsync(ImportRun run, string message)
    {
        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        var error = Assert.Single(run.Errors);
        Assert.Equal(("ST0002", message), (error.Reference, error.Message));
        await using var context = db.NewContext();
        Assert.False(await context.StandardVersions.AnyAsync(v => v.Key == "ST0002_2.0"));
        // Everything else in the feed was applied.
        Assert.Equal(16 - 1, run.Added);
    }

    [Fact]
    public async Task A_5_MB_title_is_held_back_and_not_stored()
    {
        var run = await ImportWithAsync(r => r["title"] = new string('x', 5 * 1024 * 1024));

        await AssertHeldBackAsync(run, "title is longer than 400 characters");
        await using var context = db.NewContext();
        Assert.True(await context.StandardVersions.MaxAsync(v => v.Title.Length) <= 400);
        // The run's own record of the error is as short as the message.
        Assert.True((await context.ImportRuns.SingleAsync(r => r.Id == run.Id)).Errors.Sum(e => e.Message.Length) < 100);
    }

    [Theory]
    [InlineData("overviewOfRole", 2_000)]
    [InlineData("occupationalSummary", 50_000)]
    [InlineData("change", 2_000)]
    [InlineData("route", 100)]
    [InlineData("standardPageUrl", 1_000)]
    [InlineData("regulatedBody", 400)]
    public async Task ATextFieldOverItsLimit_HoldsTheRecordBack(string field, int limit)
    {
        var run = await ImportWithAsync(r => r[field] = new string('x', limit + 1));

        await AssertHeldBackAsync(run, $"{field} is longer than {limit} characters");
    }

    [Fact]
    public async Task ATextFieldAtItsLimit_IsImported()
    {
        var run = await ImportWithAsync(r => r["overviewOfRole"] = new string('x', 2_000));

        Assert.Empty(run.Errors);
    }

    [Fact]
    public async Task AnItemOfAListOverItsLimit_HoldsTheRecordBack()
    {
        var run = await ImportWithAsync(r => r["typicalJobTitles"] = new JsonArray("Developer", new string('x', 401)));

        await AssertHeldBackAsync(run, "typicalJobTitles[] is longer than 400 characters");
    }

    [Fact]
    public async Task ADetail_InsideAListOfObjectsOverItsLimitHoldsTheRecordBack()
    {
        var run = await ImportWithAsync(r => r["knowledges"] = new JsonArray(new JsonObject { ["detail"] = new string('x', 5_001) }));

        await AssertHeldBackAsync(run, "knowledges[]: detail is longer than 5000 characters");
    }

    [Fact]
    public async Task AListWithMoreItemsThanItsLimit_HoldsTheRecordBack()
    {
        var run = await ImportWithAsync(r => r["keywords"] = new JsonArray(Enumerable.Range(1, 201).Select(i => (JsonNode)$"word {i}").ToArray()));

        await AssertHeldBackAsync(run, "keywords has more than 200 items");
    }

    [Fact]
    public async Task ALongValueQuotedInAnError_IsQuotedOnlyUpToItsLimit()
    {
        var run = await ImportWithAsync(r => r["version"] = new string('9', 1_000_000));

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("version is longer than 10 characters", error.Message);
        Assert.True(error.Message.Length < 200, $"the error is {error.Message.Length} characters long");
    }

    [Fact]
    public async Task ARecordWhoseFields_AreEachWithinLimitsButTooLongTogetherIsHeldBack()
    {
        // 60 knowledge statements of 4,900 characters: 294,000 characters, over four times the longest real record.
        var run = await ImportWithAsync(r => r["knowledges"] = new JsonArray(
            Enumerable.Range(1, 60).Select(i => (JsonNode)new JsonObject { ["detail"] = $"K{i} " + new string('x', 4_895) }).ToArray()));

        await AssertHeldBackAsync(run, "the record holds more than 250000 characters of text in all");
    }
}
