using AngleSharp.Html.Dom;
using RoleMapper.Core.RoleMap;
using RoleMapper.Core.Standards;
using RoleMapper.Web.Infrastructure;

namespace RoleMapper.Web.Tests.PageTests.Sector;

/// <summary>
/// /sector/role-map and /sector/role-map/{id} on the shared host, which seeded the built-in map at start, then imported
/// the 29 May 2025 feed and the 22 Aug 2026 one: the roles whose standards moved on are listed with their reasons, the
/// sector team edits one and the change is logged and on /role-map. Edits here change only a reason, so the map the
/// other tests of this host match against keeps its names and standards.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class RoleMapTests(HostFixture host)
{
    /// <summary>A flagged role whose standards are all still approved, so an edit of its reason can be saved.</summary>
    private async Task<RoleMapEntry> FlaggedEditableRoleAsync()
    {
        await using var db = host.NewContext();
        var approved = (await db.StandardVersions.Where(v => v.Status == StandardStatus.ApprovedForDelivery && v.RemovedFromFeedUtc == null)
            .Select(v => v.Reference).ToListAsync()).ToHashSet();
        return (await db.RoleMapEntries.AsNoTracking().Where(e => e.NeedsReview).OrderBy(e => e.Id).ToListAsync())
            .First(e => e.ReviewReason!.Contains("moved from version", StringComparison.Ordinal) && e.Standards.All(approved.Contains));
    }

    private static (string Name, string Value)[] FieldsOf(WebPage page, params (string Name, string Value)[] changed)
    {
        var form = page.One("[data-testid=role-form]")!;
        var fields = form.QuerySelectorAll("input[type=text], textarea").Select(e => (e.GetAttribute("name")!,
            e is IHtmlTextAreaElement area ? area.Value : ((IHtmlInputElement)e).Value)).ToList();
        if (form.QuerySelector("input[type=checkbox]:checked") is { } box)
        {
            fields.Add((box.GetAttribute("name")!, "true"));
        }
        return fields.Where(f => changed.All(c => c.Name != f.Item1)).Concat(changed).ToArray();
    }

    [Fact]
    public async Task Get_AfterTheOlderThenNewerImport_ListsTheFlaggedRolesWithTheirReasons()
    {
        await using var db = host.NewContext();
        var flagged = await db.RoleMapEntries.Where(e => e.NeedsReview).Select(e => new { e.Title, e.ReviewReason }).ToListAsync();
        var sector = await host.SignedInSectorAsync();

        var page = await sector.GetPageAsync("/sector/role-map");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotEmpty(flagged);
        var rows = page.Document.QuerySelectorAll("[data-testid=flagged-role]")
            .Select(r => (Title: WebPage.Normalize(r.QuerySelector("th a")!.TextContent), Why: WebPage.Normalize(r.QuerySelector("td[data-label=Why]")!.TextContent)))
            .ToList();
        var one = flagged.First(f => f.ReviewReason!.Contains("moved from version", StringComparison.Ordinal));
        Assert.Contains((one.Title, one.ReviewReason!), rows);
        Assert.Matches(@"^[\d,]+ roles in the map; [\d,]+ (needs|need) review\.$", page.One("[data-testid=map-count]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Search_ByAlias_FindsTheRole()
    {
        var sector = await host.SignedInSectorAsync();

        var page = await sector.GetPageAsync("/sector/role-map?q=Tenancy+Management+Officer");

        Assert.Contains("Housing Officer", page.All("[data-testid=found] a"));
    }

    [Fact]
    public async Task Edit_TheReason_IsLoggedWithWhoAndWhen_ClearsTheFlag_AndShowsOnTheRoleMap()
    {
        var role = await FlaggedEditableRoleAsync();
        var sector = await host.SignedInSectorAsync();
        var edit = await sector.GetPageAsync($"/sector/role-map/{role.Id}");
        var reason = $"{role.Reason} Checked by the LGA after the August feed ({Guid.NewGuid():N}).";

        var saved = await sector.SubmitAndFollowAsync(edit, "[data-testid=role-form]", FieldsOf(edit, ("Input.Reason", reason)));

        Assert.NotNull(edit.One("[data-testid=review-reason]"));
        Assert.Equal("Saved. The change is in the log below.", saved.One("[data-testid=notice]")!.TextContent.Trim());
        Assert.Null(saved.One("[data-testid=review-reason]"));
        await using var db = host.NewContext();
        var line = await db.RoleMapChanges.Where(c => c.EntryId == role.Id).OrderByDescending(c => c.Id).FirstAsync();
        var row = saved.Document.QuerySelector("[data-testid=change]")!.QuerySelectorAll("td").Select(td => WebPage.Normalize(td.TextContent)).ToArray();
        Assert.Equal(Display.DateTime(line.AtUtc), row[0]);
        Assert.Equal(HostFixture.SectorEmail, row[1]);
        Assert.Equal($"Reason: {role.Reason} → {reason}; review flag cleared", row[2]);
        var map = await host.NewClient().GetPageAsync($"/role-map?q={Uri.EscapeDataString(role.Title)}");
        Assert.Contains(map.All("[data-testid=role-map-role] p.small"), text => text == reason);
    }

    [Fact]
    public async Task Edit_WithAnUnknownStandardAndAnotherRolesName_ShowsTheProblems_AndSavesNothing()
    {
        var sector = await host.SignedInSectorAsync();
        var edit = await sector.GetPageAsync("/sector/role-map/housing-officer");

        var refused = await sector.SubmitAndFollowAsync(edit, "[data-testid=role-form]",
            FieldsOf(edit, ("Input.Standards", "ST9999"), ("Input.Aliases", "Care Worker")));

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal(["'Care Worker' is also a name of 'care-worker'; each alias points at one role", "ST9999 is not an approved standard in today's feed"],
            refused.Errors);
        Assert.Equal("ST9999", refused.One("#Input_Standards")!.GetAttribute("value"));
        await using var db = host.NewContext();
        Assert.False(await db.RoleMapChanges.AnyAsync(c => c.EntryId == "housing-officer"));
    }

    [Fact]
    public async Task Checked_StillRight_ClearsTheFlag_MovesTheDate_AndIsLogged()
    {
        var role = await FlaggedEditableRoleAsync();
        var sector = await host.SignedInSectorAsync();
        var edit = await sector.GetPageAsync($"/sector/role-map/{role.Id}");

        var done = await sector.SubmitAndFollowAsync(edit, "form[action*='handler=Checked']");

        Assert.Null(done.One("[data-testid=review-reason]"));
        Assert.StartsWith("Checked against the feed of 22 August 2026.", WebPage.Normalize(done.One("[data-testid=checked]")!.TextContent), StringComparison.Ordinal);
        Assert.Equal($"Checked against the feed of 2026-08-22: still right (flagged: {role.ReviewReason})",
            WebPage.Normalize(done.One("[data-testid=change] td[data-label=What]")!.TextContent));
        await using var db = host.NewContext();
        Assert.False((await db.RoleMapEntries.SingleAsync(e => e.Id == role.Id)).NeedsReview);
    }

    [Fact]
    public async Task ANewReleaseOfTheMap_ThatDiffersFromARoleTheSectorEdited_KeepsTheEdit_AndListsItForReview()
    {
        // A role no import flagged, edited by the sector team on the page; then a release that words its reason anew.
        // Taken from the end of the alphabet, away from the roles the other tests of this shared host edit or match.
        RoleMapEntry idle;
        await using (var db = host.NewContext())
        {
            idle = await db.RoleMapEntries.AsNoTracking().Where(e => !e.NeedsReview && e.Id.StartsWith("w")).OrderByDescending(e => e.Id).FirstAsync();
        }
        var sector = await host.SignedInSectorAsync();
        var edit = await sector.GetPageAsync($"/sector/role-map/{idle.Id}");
        var ours = $"{idle.Reason} As the LGA reads it ({Guid.NewGuid():N}).";
        await sector.SubmitAndFollowAsync(edit, "[data-testid=role-form]", FieldsOf(edit, ("Input.Reason", ours)));
        var release = (await new RoleMapCsvSource(null).LoadAsync()).Select(r => r.Id == idle.Id ? r with { Reason = "A release's own wording." } : r).ToList();
        var merge = new MergeReleasedRoleMap(host.Services.GetRequiredService<IDbContextFactory<RoleMapperDbContext>>(), new ListedMap(release),
            host.Services.GetRequiredService<RoleMapper.Core.Jobs.JobLeaseStore>(), host.Services.GetRequiredService<TimeProvider>());

        var merged = await merge.RunAsync();

        Assert.Equal((0, 0, 1), (merged!.Added, merged.Updated, merged.Flagged));
        var page = await sector.GetPageAsync("/sector/role-map");
        var row = page.Document.QuerySelectorAll("[data-testid=flagged-role]")
            .Single(r => WebPage.Normalize(r.QuerySelector("th a")!.TextContent) == idle.Title);
        Assert.Equal($"RoleMapper's built-in map now reads differently: Reason: {ours} → A release's own wording.",
            WebPage.Normalize(row.QuerySelector("td[data-label=Why]")!.TextContent));
        await using var check = host.NewContext();
        Assert.Equal(ours, (await check.RoleMapEntries.AsNoTracking().SingleAsync(e => e.Id == idle.Id)).Reason);
    }

    private sealed class ListedMap(IReadOnlyList<MappedRole> roles) : IRoleMapSource
    {
        public Task<IReadOnlyList<MappedRole>> LoadAsync(CancellationToken ct = default) => Task.FromResult(roles);

        public Task<string> StampAsync(CancellationToken ct = default) => Task.FromResult("listed");
    }

    [Fact]
    public async Task Get_UnknownRole_ReturnsNotFound()
    {
        var sector = await host.SignedInSectorAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await sector.GetPageAsync("/sector/role-map/no-such-role")).Status);
    }

    [Theory]
    [InlineData("/sector/role-map")]
    [InlineData("/sector/role-map/housing-officer")]
    [InlineData("/sector/role-map/new")]
    public async Task Get_CouncilAdmin_IsRefused(string path)
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);

        using var response = await client.GetAsync(path);

        Assert.StartsWith("/account/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CouncilAdmin_ChangesNothing()
    {
        var council = await host.CouncilAsync();
        var client = await host.SignedInAsync(council.AdminEmail);
        var sector = await host.SignedInSectorAsync();
        var edit = await sector.GetPageAsync("/sector/role-map/housing-officer");

        using var response = await client.SubmitAsync(edit, "[data-testid=role-form]", FieldsOf(edit, ("Input.Reason", "Changed by a council")));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        await using var db = host.NewContext();
        Assert.NotEqual("Changed by a council", (await db.RoleMapEntries.SingleAsync(e => e.Id == "housing-officer")).Reason);
    }
}
