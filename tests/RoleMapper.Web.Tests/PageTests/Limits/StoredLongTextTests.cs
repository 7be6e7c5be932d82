using RoleMapper.Core.Standards;
using RoleMapper.Search.Indexing;

namespace RoleMapper.Web.Tests.PageTests.Limits;

/// <summary>
/// Pages never show more feed text than the importer keeps, whatever is stored: a release before the field limits
/// stored a 5 MB title, after which /search weighed 5.26 MB, /standards/ST0001 15.7 MB and /changes 10.5 MB. Here the
/// database is given such a standard directly (no import would take it now), and each page stays within its design.
/// </summary>
[Collection(StoredHostileTextCollection.Name)]
public sealed class StoredLongTextTests(StoredHostileTextHostFixture host) : IAsyncLifetime
{
    private const int FiveMegabytes = 5 * 1024 * 1024;
    /// <summary>The page's own markup and the real standards around the hostile one, with room to spare.</summary>
    private const int Chrome = 100_000;
    private static int runId;

    private static string Long(string start) => start + " " + string.Concat(Enumerable.Repeat("word ", FiveMegabytes / 5));

    public async Task InitializeAsync()
    {
        if (runId != 0)
        {
            return;
        }
        await using var db = host.NewContext();
        var now = DateTime.UtcNow;
        db.StandardVersions.Add(new StandardVersion
        {
            Key = "ST9999_1.0", Reference = "ST9999", Version = "1.0", VersionMajor = 1, Title = Long("Zebra keeper"),
            Level = 3, Route = Long("Animal care"), Status = StandardStatus.ApprovedForDelivery, OverviewOfRole = Long("Overview"),
            OccupationalSummary = Long("Summary"), ChangeNote = Long("Changed"),
            JobTitles = Enumerable.Range(1, 2_000).Select(i => $"Zebra keeper {i} " + new string('z', 1_000)).ToList(),
            Knowledge = Enumerable.Range(1, 1_000).Select(i => $"Knowledge {i} " + new string('k', 10_000)).ToList(),
            FirstSeenUtc = now, LastSeenUtc = now,
        });
        var run = new ImportRun
        {
            StartedUtc = now, FinishedUtc = now, Source = "a release before the limits", FeedDate = DateOnly.FromDateTime(now),
            Outcome = ImportOutcome.Succeeded, Added = 1,
            Errors = [new ImportMessage { Reference = "ST9998", Message = Long("version") }],
        };
        db.ImportRuns.Add(run);
        await db.SaveChangesAsync();
        db.StandardChanges.Add(new StandardChange
        {
            ImportRunId = run.Id, AtUtc = now, Reference = "ST9999", Version = "1.0", Title = Long("Zebra keeper"),
            Kind = ChangeKind.NewStandard, NewStatus = StandardStatus.ApprovedForDelivery, Detail = "",
        });
        await db.SaveChangesAsync();
        await host.Services.GetRequiredService<StandardsIndex>().RebuildAsync();
        runId = run.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/standards/ST9999", FeedFieldLimits.RecordLength)]
    [InlineData("/standards?q=zebra", FeedFieldLimits.Title * 2)]
    [InlineData("/search?title=zebra+keeper", FeedFieldLimits.Title * 2)]
    [InlineData("/changes", FeedFieldLimits.Title)]
    [InlineData("/imports", 1_000)]
    public async Task APage_ShowsAtMostItsDesignWhateverIsStored(string path, int feedText)
    {
        using var response = await host.NewClient().GetAsync(path);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body.Length < feedText + Chrome, $"{path} weighs {body.Length:N0} bytes");
    }

    [Fact]
    public async Task TheRunPage_ShowsTheTitleCutToTheImportLimit()
    {
        var page = await host.NewClient().GetPageAsync($"/changes/{runId}");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var title = page.Document.QuerySelector("td a[href^='/standards/ST9999']")!.TextContent;
        Assert.StartsWith("Zebra keeper word", title);
        Assert.Equal(FeedFieldLimits.Title, title.Length);
    }

    [Fact]
    public async Task TheStandardPage_ShowsTheTitleAndTextsCutToTheImportLimits()
    {
        var page = await host.NewClient().GetPageAsync("/standards/ST9999");

        Assert.Equal(FeedFieldLimits.Title, page.H1.Length);
        Assert.True(page.All("li").Count(t => t.StartsWith("Zebra keeper ", StringComparison.Ordinal) && t.EndsWith("zzz", StringComparison.Ordinal)) <= FeedFieldLimits.ItemCount("typicalJobTitles"));
    }
}
