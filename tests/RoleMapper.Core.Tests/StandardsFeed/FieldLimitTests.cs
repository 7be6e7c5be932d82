using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using RoleMapper.Core.StandardsFeed;
using RoleMapper.TestSupport;

namespace RoleMapper.Core.Tests.StandardsFeed;

/// <summary>
/// Every text field the importer keeps has a maximum length, drawn from the longest values of the real feed with
/// headroom (docs/importer.md). A record over a limit is held back like any bad record: its standard keeps its
/// previous rows, the error names the field, and the rest of the feed is imported.
/// </summary>
public sealed class FieldLimitTests : IAsyncLifetime
{
    private TestDatabase db = null!;
    private string folder = null!;

    public async Task InitializeAsync()
    {
        db = await TestDatabase.CreateAsync();
        folder = Path.Combine(Path.GetDirectoryName(db.FilePath)!, "feeds");
        await db.ImportAsync(RepoPaths.SmallOldFeed);
    }

    public async Task DisposeAsync() => await db.DisposeAsync();

    private async Task<ImportRun> ImportWithAsync(Action<JsonObject> change)
    {
        var feed = FeedFixtures.Load(RepoPaths.SmallNewFeed);
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
    public async Task A_text_field_over_its_limit_holds_the_record_back(string field, int limit)
    {
        var run = await ImportWithAsync(r => r[field] = new string('x', limit + 1));

        await AssertHeldBackAsync(run, $"{field} is longer than {limit} characters");
    }

    [Fact]
    public async Task A_text_field_at_its_limit_is_imported()
    {
        var run = await ImportWithAsync(r => r["overviewOfRole"] = new string('x', 2_000));

        Assert.Empty(run.Errors);
    }

    [Fact]
    public async Task An_item_of_a_list_over_its_limit_holds_the_record_back()
    {
        var run = await ImportWithAsync(r => r["typicalJobTitles"] = new JsonArray("Developer", new string('x', 401)));

        await AssertHeldBackAsync(run, "typicalJobTitles[] is longer than 400 characters");
    }

    [Fact]
    public async Task A_detail_inside_a_list_of_objects_over_its_limit_holds_the_record_back()
    {
        var run = await ImportWithAsync(r => r["knowledges"] = new JsonArray(new JsonObject { ["detail"] = new string('x', 5_001) }));

        await AssertHeldBackAsync(run, "knowledges[]: detail is longer than 5000 characters");
    }

    [Fact]
    public async Task A_list_with_more_items_than_its_limit_holds_the_record_back()
    {
        var run = await ImportWithAsync(r => r["keywords"] = new JsonArray(Enumerable.Range(1, 201).Select(i => (JsonNode)$"word {i}").ToArray()));

        await AssertHeldBackAsync(run, "keywords has more than 200 items");
    }

    [Fact]
    public async Task A_long_value_quoted_in_an_error_is_quoted_only_up_to_its_limit()
    {
        var run = await ImportWithAsync(r => r["version"] = new string('9', 1_000_000));

        Assert.Equal(ImportOutcome.Succeeded, run.Outcome);
        var error = Assert.Single(run.Errors);
        Assert.StartsWith("version is longer than 10 characters", error.Message);
        Assert.True(error.Message.Length < 200, $"the error is {error.Message.Length} characters long");
    }

    [Fact]
    public async Task A_record_whose_fields_are_each_within_limits_but_too_long_together_is_held_back()
    {
        // 60 knowledge statements of 4,900 characters: 294,000 characters, over four times the longest real record.
        var run = await ImportWithAsync(r => r["knowledges"] = new JsonArray(
            Enumerable.Range(1, 60).Select(i => (JsonNode)new JsonObject { ["detail"] = $"K{i} " + new string('x', 4_895) }).ToArray()));

        await AssertHeldBackAsync(run, "the record holds more than 250000 characters of text in all");
    }
}
